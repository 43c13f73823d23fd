package org.natsume.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.natsume.model.AttachmentMode;
import org.natsume.model.DeviceAttachment;
import org.natsume.model.NatsumeFactory;
import org.natsume.model.Nic;
import org.natsume.model.Topology;
import org.natsume.model.io.TopologyLoadException;
import org.natsume.model.io.TopologyStore;

/** Atomic save and positioned load errors. */
class TopologyStoreTest {

    @TempDir
    Path dir;

    @Test
    void failedSaveLeavesTheOldFileAndNoTempFile() throws Exception {
        Path file = dir.resolve("t.natsume");
        TopologyStore.save(ModelFixtures.unshared(), file);
        String before = Files.readString(file);

        Topology broken = ModelFixtures.shared();
        // a reference to a NIC that is contained nowhere cannot be serialized: the save must fail
        Nic orphan = NatsumeFactory.eINSTANCE.createNic();
        orphan.setId("orphan");
        DeviceAttachment a = NatsumeFactory.eINSTANCE.createDeviceAttachment();
        a.setFunction(orphan);
        a.setMode(AttachmentMode.PASSTHROUGH);
        ModelFixtures.domain(broken, "guestA").getAttachments().add(a);

        IOException e = assertThrows(IOException.class, () -> TopologyStore.save(broken, file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("/domains[guestA]/attachments"), e.getMessage());
        assertEquals(before, Files.readString(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "temp file left behind");
        }
        assertEquals("Paper case 3: guest B pass-through, guest B on NIC-A (alone on its line)", TopologyStore.load(file).getName());
    }

    @Test
    void malformedXmlReportsFileLineAndColumn() throws Exception {
        Path file = dir.resolve("bad.natsume");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <natsume:Topology xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:natsume="http://www.natsume.org/model/1.0" id="t">
                  <machine id="m">
                    <cpus id="cpu0"
                  </machine>
                </natsume:Topology>
                """);
        TopologyLoadException e = assertThrows(TopologyLoadException.class, () -> TopologyStore.load(file));
        assertEquals(6, e.line(), e.getMessage());
        assertTrue(e.column() > 0, e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ":6:"), e.getMessage());
    }

    @Test
    void danglingReferenceIsALoadErrorWithPosition() throws Exception {
        Path file = dir.resolve("dangling.natsume");
        TopologyStore.save(ModelFixtures.shared(), file);
        String xmi = Files.readString(file).replace("line=\"gsi20\"", "line=\"gsi99\"");
        Files.writeString(file, xmi);
        TopologyLoadException e = assertThrows(TopologyLoadException.class, () -> TopologyStore.load(file));
        assertTrue(e.line() > 0, e.getMessage());
        assertTrue(e.getMessage().contains("gsi99"), e.getMessage());
    }

    @Test
    void unknownAttributeIsALoadErrorWithPosition() throws Exception {
        Path file = dir.resolve("unknown.natsume");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <natsume:Topology xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:natsume="http://www.natsume.org/model/1.0" id="t" colour="red"/>
                """);
        TopologyLoadException e = assertThrows(TopologyLoadException.class, () -> TopologyStore.load(file));
        assertEquals(3, e.line(), e.getMessage());
        assertTrue(e.reason().contains("colour"), e.getMessage());
    }

    @Test
    void missingFileAndWrongRoot() throws Exception {
        TopologyLoadException missing = assertThrows(TopologyLoadException.class,
                () -> TopologyStore.load(dir.resolve("nope.natsume")));
        assertTrue(missing.getMessage().endsWith("nope.natsume: file not found"), missing.getMessage());

        Path file = dir.resolve("machine.natsume");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <natsume:Machine xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:natsume="http://www.natsume.org/model/1.0" id="m"/>
                """);
        TopologyLoadException wrong = assertThrows(TopologyLoadException.class, () -> TopologyStore.load(file));
        assertTrue(wrong.getMessage().contains("expected a natsume:Topology"), wrong.getMessage());
    }

    @Test
    void binaryFileIsNamedAsNotXmlWithoutParserClassNames() throws Exception {
        Path file = dir.resolve("garbage.natsume");
        Files.write(file, new byte[] {(byte) 0xff, (byte) 0xfe, 0x00, (byte) 0x9c, 0x41, (byte) 0xc3, 0x28});
        TopologyLoadException e = assertThrows(TopologyLoadException.class, () -> TopologyStore.load(file));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(e.reason().contains("not a text XML file"), e.getMessage());
        assertTrue(!e.reason().contains("com.sun") && !e.reason().contains("Exception"), e.getMessage());
    }

    @Test
    void xmlOfAnotherFormatSaysItIsNotATopology() throws Exception {
        Path file = dir.resolve("pom.natsume");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<project><modelVersion>4.0.0</modelVersion></project>\n");
        TopologyLoadException e = assertThrows(TopologyLoadException.class, () -> TopologyStore.load(file));
        assertTrue(e.reason().startsWith("not a Natsume topology: the root element is in no XML namespace"),
                e.getMessage());

        Path other = dir.resolve("svg.natsume");
        Files.writeString(other, "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
        TopologyLoadException o = assertThrows(TopologyLoadException.class, () -> TopologyStore.load(other));
        assertTrue(o.reason().contains("'http://www.w3.org/2000/svg'"), o.getMessage());
        assertTrue(o.reason().contains("natsume:Topology"), o.getMessage());
    }
}
