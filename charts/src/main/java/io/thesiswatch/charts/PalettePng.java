package io.thesiswatch.charts;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

import javax.imageio.ImageIO;

/**
 * A chart as an 8-bit palette PNG: a chart has a few flat colours and the shades its anti-aliased edges add, so the
 * 256 most frequent colours (each other pixel takes the nearest of them) keep its look at about a third of the
 * bytes of a true-colour PNG. Every alert email carries one, so its size is most of an email's.
 */
final class PalettePng {

    private static final int PALETTE_SIZE = 256;

    private PalettePng() {
    }

    static byte[] encode(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] &= 0xFFFFFF;
        }
        // the distinct colours (sorted) and how often each occurs, without a map entry per pixel
        int[] sorted = pixels.clone();
        Arrays.sort(sorted);
        int[] distinct = new int[sorted.length];
        int[] counts = new int[sorted.length];
        int kinds = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (kinds == 0 || distinct[kinds - 1] != sorted[i]) {
                distinct[kinds++] = sorted[i];
            }
            counts[kinds - 1]++;
        }
        int[] palette = mostFrequent(distinct, counts, kinds);
        byte[] paletteIndex = new byte[kinds];
        for (int i = 0; i < kinds; i++) {
            paletteIndex[i] = (byte) closest(distinct[i], palette);
        }
        BufferedImage indexed = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED,
                colourModel(palette));
        byte[] target = ((DataBufferByte) indexed.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < pixels.length; i++) {
            target[i] = paletteIndex[Arrays.binarySearch(distinct, 0, kinds, pixels[i])];
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(indexed, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    /** The most frequent colours, most frequent first. */
    private static int[] mostFrequent(int[] distinct, int[] counts, int kinds) {
        return IntStream.range(0, kinds).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> counts[i]).reversed())
                .limit(PALETTE_SIZE).mapToInt(i -> distinct[i]).toArray();
    }

    private static IndexColorModel colourModel(int[] palette) {
        byte[] red = new byte[palette.length];
        byte[] green = new byte[palette.length];
        byte[] blue = new byte[palette.length];
        for (int i = 0; i < palette.length; i++) {
            red[i] = (byte) (palette[i] >> 16);
            green[i] = (byte) (palette[i] >> 8);
            blue[i] = (byte) palette[i];
        }
        return new IndexColorModel(8, palette.length, red, green, blue);
    }

    private static int closest(int colour, int[] palette) {
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < palette.length; i++) {
            long distance = square(((colour >> 16) & 0xFF) - ((palette[i] >> 16) & 0xFF))
                    + square(((colour >> 8) & 0xFF) - ((palette[i] >> 8) & 0xFF))
                    + square((colour & 0xFF) - (palette[i] & 0xFF));
            if (distance < bestDistance) {
                bestDistance = distance;
                best = i;
            }
        }
        return best;
    }

    private static long square(int value) {
        return (long) value * value;
    }
}
