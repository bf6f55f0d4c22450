package uk.selfcheck.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.kie.api.definition.KiePackage;

/**
 * The payload of a cache entry: the DRL of each decision table, then each knowledge package serialised on its own,
 * all deflated. Entries stand alone, so a load reads several on two threads ({@link Workers}).
 */
final class PackageSerialiser {
    private PackageSerialiser() {
    }

    /** The payload; adds to {@code refused} each class written that the reader would refuse. */
    static byte[] write(PackageCache.Compiled compiled, Set<String> refused) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes,
                new Deflater(Deflater.BEST_SPEED), 1 << 16))) {
            out.writeInt(compiled.tableDrl().size());
            for (Map.Entry<String, String> table : compiled.tableDrl().entrySet()) {
                writeBlock(out, table.getKey().getBytes(StandardCharsets.UTF_8));
                writeBlock(out, table.getValue().getBytes(StandardCharsets.UTF_8));
            }
            out.writeInt(compiled.packages().size());
            for (KiePackage pkg : compiled.packages()) {
                ByteArrayOutputStream one = new ByteArrayOutputStream();
                try (ObjectOutputStream objects = new CheckedOutput(one, refused)) {
                    objects.writeObject(pkg);
                }
                writeBlock(out, one.toByteArray());
            }
        }
        return bytes.toByteArray();
    }

    /** Reads a payload {@link #write} made, every object through {@link PackageClassFilter}. */
    static PackageCache.Compiled read(byte[] payload) throws Exception {
        PackageClassFilter.installFactory();
        return PackageClassFilter.whileReading(() -> {
            Map<String, String> tables = new LinkedHashMap<>();
            List<KiePackage> packages = new ArrayList<>();
            try (DataInputStream in = new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(payload),
                    new java.util.zip.Inflater(), 1 << 16))) {
                int count = in.readInt();
                for (int i = 0; i < count; i++) {
                    tables.put(new String(readBlock(in), StandardCharsets.UTF_8),
                            new String(readBlock(in), StandardCharsets.UTF_8));
                }
                count = in.readInt();
                for (int i = 0; i < count; i++) {
                    packages.add(readPackage(readBlock(in)));
                }
            }
            return new PackageCache.Compiled(packages, tables);
        });
    }

    private static KiePackage readPackage(byte[] block) throws IOException, ClassNotFoundException {
        try (DroolsObjectInputStream in = new DroolsObjectInputStream(new ByteArrayInputStream(block),
                PackageSerialiser.class.getClassLoader())) {
            in.setObjectInputFilter(PackageClassFilter.INSTANCE);
            return (KiePackage) in.readObject();
        }
    }

    private static void writeBlock(DataOutputStream out, byte[] block) throws IOException {
        out.writeInt(block.length);
        out.write(block);
    }

    private static byte[] readBlock(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > PackageCache.MAX_ENTRY_BYTES) {
            throw new IOException("a block of " + length + " bytes");
        }
        return in.readNBytes(length);
    }

    /** Records every class written that {@link PackageClassFilter} would refuse on reading. */
    private static final class CheckedOutput extends DroolsObjectOutputStream {
        private final Set<String> refused;

        CheckedOutput(OutputStream out, Set<String> refused) throws IOException {
            super(out);
            this.refused = refused;
        }

        @Override
        protected void annotateClass(Class<?> type) {
            if (!PackageClassFilter.allows(type)) {
                refused.add(type.getName());
            }
        }
    }
}
