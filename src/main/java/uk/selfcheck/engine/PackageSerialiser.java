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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.kie.api.definition.KiePackage;

/**
 * The payload of a cache entry: the DRL of each decision table, then each knowledge package serialised on its own,
 * all deflated. Packages stand alone (Drools serialises them one by one too), so a load deserialises the two halves
 * of the list on two threads, which takes about half the time of one stream.
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
        Map<String, String> tables = new LinkedHashMap<>();
        List<byte[]> blocks = new ArrayList<>();
        long total = 0;
        try (DataInputStream in = new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(payload),
                new java.util.zip.Inflater(), 1 << 16))) {
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                tables.put(new String(readBlock(in), StandardCharsets.UTF_8),
                        new String(readBlock(in), StandardCharsets.UTF_8));
            }
            count = in.readInt();
            for (int i = 0; i < count; i++) {
                blocks.add(readBlock(in));
                total += blocks.get(i).length;
            }
        }
        int split = 0;
        for (long size = 0; split < blocks.size() && size < total / 2; split++) {
            size += blocks.get(split).length;
        }
        List<byte[]> first = blocks.subList(0, split);
        List<byte[]> second = blocks.subList(split, blocks.size());
        CompletableFuture<List<KiePackage>> early = CompletableFuture.supplyAsync(() -> {
            try {
                return PackageClassFilter.whileReading(() -> packages(first));
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        });
        List<KiePackage> late = PackageClassFilter.whileReading(() -> packages(second));
        List<KiePackage> packages = new ArrayList<>(joined(early));
        packages.addAll(late);
        return new PackageCache.Compiled(packages, tables);
    }

    private static List<KiePackage> packages(List<byte[]> blocks) throws IOException, ClassNotFoundException {
        List<KiePackage> packages = new ArrayList<>();
        for (byte[] block : blocks) {
            try (DroolsObjectInputStream in = new DroolsObjectInputStream(new ByteArrayInputStream(block),
                    PackageSerialiser.class.getClassLoader())) {
                in.setObjectInputFilter(PackageClassFilter.INSTANCE);
                packages.add((KiePackage) in.readObject());
            }
        }
        return packages;
    }

    private static List<KiePackage> joined(CompletableFuture<List<KiePackage>> future) throws Exception {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
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
