package org.sitrep.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Opens a UTF-8 text file for streaming, or the data file inside a GeoNames zip (SY.zip holds SY.txt and a readme). */
final class TextFiles {
    private TextFiles() {}

    static BufferedReader open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8);
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                String n = e.getName().toLowerCase(Locale.ROOT);
                if (!e.isDirectory() && n.endsWith(".txt") && !n.contains("readme")) {
                    return new BufferedReader(new InputStreamReader(zip, StandardCharsets.UTF_8), 1 << 16);
                }
            }
            zip.close();
            throw new IOException(file + ": no .txt data file inside the zip");
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    /** Names worth matching: Latin or Arabic script (GeoNames also lists Cyrillic, CJK... spellings). */
    static boolean isLatinOrArabic(String name) {
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) continue;
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            if (s != Character.UnicodeScript.LATIN && s != Character.UnicodeScript.ARABIC) return false;
        }
        return true;
    }
}
