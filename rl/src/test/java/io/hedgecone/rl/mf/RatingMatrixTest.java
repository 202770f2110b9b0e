package io.hedgecone.rl.mf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class RatingMatrixTest {
    @Test void bothOrientationsHoldTheSameSortedEntries() {
        RatingMatrix m = RatingMatrix.of(3, 4, new int[]{2, 0, 0, 1, 2}, new int[]{1, 3, 0, 1, 0}, new double[]{5, 1, 2, 3, 4});
        assertEquals(5, m.size());
        assertArrayEquals(new int[]{0, 3}, new int[]{m.userItem(m.userStart(0)), m.userItem(m.userStart(0) + 1)});
        assertEquals(2, m.userValue(m.userStart(0)));
        assertEquals(2, m.itemCount(1));
        assertEquals(1, m.itemUser(m.itemStart(1)));
        assertEquals(2, m.itemUser(m.itemStart(1) + 1));
        assertEquals(5, m.itemValue(m.itemStart(1) + 1));
        assertEquals(3.0, m.mean(), 1e-15);
    }

    @Test void refusesDuplicatesAndOutOfRangeIndices() {
        assertThrows(IllegalArgumentException.class, () -> RatingMatrix.of(1, 2, new int[]{0, 0}, new int[]{1, 1}, new double[]{1, 2}));
        assertThrows(IllegalArgumentException.class, () -> RatingMatrix.of(1, 2, new int[]{0}, new int[]{2}, new double[]{1}));
        assertThrows(IllegalArgumentException.class, () -> RatingMatrix.of(1, 2, new int[]{0}, new int[]{0}, new double[]{Double.NaN}));
    }

    @Test void holdoutKeepsATrainingRatingForEveryUserAndPartitionsTheRest() {
        SyntheticRatings.Data d = new SyntheticRatings(50, 40, 2, 3, 2, 1, 0.1, 0.1, 0.2, 3, 0.1).generate(1);
        HoldoutSplit s = HoldoutSplit.of(d.ratings(), 0.5, 2);
        assertEquals(d.ratings().size(), s.train().size() + s.test().size());
        for (int u = 0; u < 50; u++) if (d.ratings().userCount(u) > 0) assertTrue(s.train().userCount(u) > 0);
        assertEquals(s.test().size(), HoldoutSplit.of(d.ratings(), 0.5, 2).test().size(), "same seed, same split");
    }

    @Test void movieLensFormatWithQuotedTitlesAndFilter(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("movies.csv"), "movieId,title,genres\n1,Toy Story (1995),Adventure|Animation\n"
                + "2,\"American President, The (1995)\",Comedy|Drama|Romance\n3,Lonely (2000),(no genres listed)\n");
        Files.writeString(dir.resolve("ratings.csv"), "userId,movieId,rating,timestamp\n7,1,4.0,1\n7,2,3.5,2\n9,2,5.0,3\n9,3,1.0,4\n");
        MovieLens.Data all = MovieLens.load(dir, 1);
        assertEquals(2, all.ratings().users());
        assertEquals(3, all.ratings().items());
        assertEquals("American President, The (1995)", all.titles()[1]);
        assertEquals(List.of("Comedy", "Drama", "Romance"), all.genres().get(1));
        assertEquals(List.of(), all.genres().get(2));
        MovieLens.Data popular = MovieLens.load(dir, 2);
        assertEquals(1, popular.ratings().items(), "only movie 2 has two ratings");
        assertEquals(2, popular.movieIds()[0]);
        Files.writeString(dir.resolve("ratings.csv"), "userId,movieId,rating,timestamp\n7,1,x,1\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MovieLens.load(dir, 1));
        assertTrue(e.getMessage().contains("ratings.csv:2"), e.getMessage());
    }
}
