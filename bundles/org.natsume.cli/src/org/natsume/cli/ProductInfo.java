package org.natsume.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Versions of the product and of the platform pieces it is built on, read from the running bundles. */
public record ProductInfo(String version, Map<String, String> platformVersions) {

    private static final String[][] PLATFORM = {
            { "Eclipse OSGi", "org.eclipse.osgi" },
            { "EMF Ecore", "org.eclipse.emf.ecore" },
    };

    public static ProductInfo current() {
        Bundle self = FrameworkUtil.getBundle(ProductInfo.class);
        if (self == null) { // plain-Java use (tests outside OSGi)
            return new ProductInfo("development", Map.of());
        }
        Map<String, String> versions = new LinkedHashMap<>();
        for (String[] entry : PLATFORM) {
            for (Bundle b : self.getBundleContext().getBundles()) {
                if (b.getSymbolicName().equals(entry[1])) {
                    versions.put(entry[0], b.getVersion().toString());
                    break;
                }
            }
        }
        return new ProductInfo(self.getVersion().toString(), versions);
    }
}
