package org.natsume.cli.commands;

import org.natsume.cli.Args;
import org.natsume.cli.Command;
import org.natsume.cli.CommandContext;
import org.natsume.cli.ExitCodes;
import org.natsume.cli.ProductInfo;

/** {@code ./natsume --version}: the product version and the platform it runs on. */
public final class VersionCommand implements Command {

    @Override
    public String name() {
        return "version";
    }

    @Override
    public String synopsis() {
        return "--version";
    }

    @Override
    public String summary() {
        return "print the Natsume Workbench version and the Java and Eclipse versions it runs on";
    }

    @Override
    public int run(CommandContext ctx, Args args) {
        ProductInfo info = ProductInfo.current();
        ctx.out().println("Natsume Workbench " + info.version());
        ctx.out().println("Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "?") + ")");
        info.platformVersions().forEach((name, version) -> ctx.out().println(name + " " + version));
        return ExitCodes.OK;
    }
}
