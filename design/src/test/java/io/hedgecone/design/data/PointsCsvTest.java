package io.hedgecone.design.data;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PointsCsvTest {
    static double[][] parse(String text) throws Exception {
        return PointsCsv.read(new BufferedReader(new StringReader(text)), "pts.csv");
    }

    @Test void headerIsOptional() throws Exception {
        assertArrayEquals(new double[][]{{1, 2}, {3, 4}}, parse("x,y\n1,2\n3,4\n"));
        assertArrayEquals(new double[][]{{1, 2}, {3, 4}}, parse("1,2\n 3 , 4 \n"));
        assertArrayEquals(new double[][]{{1, 2}}, parse("\uFEFF# comment\n\nx1,x2\r\n1,2\r\n\n"));
    }

    @Test void badRowsAreReportedWithLineNumbers() {
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> parse("a,b,c\n1,2,3\n1,x,3\n1,2\n\n1,2,NaN\n1,,3\n"));
        assertEquals(4, e.problems().size());
        assertEquals("pts.csv:3: field 2 'x' is not a number", e.problems().get(0));
        assertEquals("pts.csv:4: 2 values, expected 3 (from the header on line 1)", e.problems().get(1));
        assertEquals("pts.csv:6: field 3 is NaN (coordinates must be finite)", e.problems().get(2));
        assertEquals("pts.csv:7: field 2 is empty", e.problems().get(3));
        assertTrue(e.getMessage().startsWith("pts.csv: 4 bad rows"));
    }

    @Test void aPartlyNumericFirstRowIsABadRowNotAHeader() {
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> parse("1,abc\n1,2\n"));
        assertEquals("pts.csv:1: field 2 'abc' is not a number", e.problems().get(0));
    }

    @Test void emptyFileIsAnError() {
        assertTrue(assertThrows(CsvFormatException.class, () -> parse("x,y\n")).getMessage().contains("no points"));
    }

    @Test void manyBadRowsAreCounted() {
        StringBuilder sb = new StringBuilder("1,2\n");
        for (int i = 0; i < 30; i++) sb.append("1\n");
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> parse(sb.toString()));
        assertEquals(PointsCsv.MAX_REPORTED + 1, e.problems().size());
        assertEquals("... and 10 more bad rows", e.problems().get(PointsCsv.MAX_REPORTED));
    }

    /** Written values read back bit for bit, so a generated file and the in-memory generator give the same design. */
    @Test void roundTripIsExact() throws Exception {
        double[][] z = SyntheticPoints.embeddingCloud(50, 7, 99);
        StringWriter w = new StringWriter();
        PointsCsv.write(w, z);
        assertArrayEquals(z, parse(w.toString()));
    }

    @Test void generatorIsDeterministic() {
        assertArrayEquals(SyntheticPoints.embeddingCloud(20, 3, 5), SyntheticPoints.embeddingCloud(20, 3, 5));
        assertEquals(0.8025330637390305, SyntheticPoints.gaussian(1, 1, 0)[0][0], 0.0, "java.util.Random's specified sequence for seed 0");
    }
}
