package io.hedgecone.rl.mf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads MovieLens in the {@code ratings.csv} / {@code movies.csv} format of {@code ml-latest-small}, {@code ml-latest}
 * and {@code ml-25m} (header rows {@code userId,movieId,rating,timestamp} and {@code movieId,title,genres}; titles may
 * be quoted and contain commas, genres never do). Movies with fewer than {@code minRatingsPerMovie} ratings are
 * dropped with their ratings; users and movies are renumbered densely in order of first appearance of their ids.
 */
public final class MovieLens {
    private MovieLens() {}

    /**
     * A loaded data set.
     *
     * @param ratings  users × movies, values 0.5..5
     * @param userIds  MovieLens userId of each user row
     * @param movieIds MovieLens movieId of each movie column
     * @param titles   title of each movie
     * @param genres   genres of each movie ({@code (no genres listed)} gives none)
     */
    public record Data(RatingMatrix ratings, int[] userIds, int[] movieIds, String[] titles, List<List<String>> genres) {}

    /** Loads {@code dir/ratings.csv} and {@code dir/movies.csv}. */
    public static Data load(Path dir, int minRatingsPerMovie) {
        Path ratings = dir.resolve("ratings.csv"), movies = dir.resolve("movies.csv");
        Map<Integer, String[]> movieInfo = readMovies(movies);
        // first pass: ratings per movie, to apply the filter before renumbering
        Map<Integer, Integer> counts = new HashMap<>();
        IntDoubleTriplets raw = new IntDoubleTriplets(1 << 16); // (userId, movieId, rating) as in the file
        read(ratings, "userId,movieId,rating,timestamp", (line, no) -> {
            String[] f = line.split(",", -1);
            if (f.length != 4) throw bad(ratings, no, "expected 4 fields, got " + f.length);
            int user = parseInt(f[0], ratings, no), movie = parseInt(f[1], ratings, no);
            double r;
            try {
                r = Double.parseDouble(f[2]);
            } catch (NumberFormatException e) {
                throw bad(ratings, no, "rating '" + f[2] + "' is not a number");
            }
            if (!(r >= 0 && r <= 5)) throw bad(ratings, no, "rating " + r + " outside 0..5");
            if (!movieInfo.containsKey(movie)) throw bad(ratings, no, "movieId " + movie + " is not in movies.csv");
            counts.merge(movie, 1, Integer::sum);
            raw.add(user, movie, r);
        });
        Map<Integer, Integer> userIndex = new HashMap<>(), movieIndex = new HashMap<>();
        IntDoubleTriplets t = new IntDoubleTriplets(raw.size());
        for (int k = 0; k < raw.size(); k++) {
            if (counts.get(raw.item(k)) < minRatingsPerMovie) continue;
            int u = userIndex.computeIfAbsent(raw.user(k), x -> userIndex.size());
            int m = movieIndex.computeIfAbsent(raw.item(k), x -> movieIndex.size());
            t.add(u, m, raw.value(k));
        }
        if (t.size() == 0) throw new IllegalArgumentException(ratings + ": no movie has at least " + minRatingsPerMovie + " ratings");
        int[] userIds = new int[userIndex.size()], movieIds = new int[movieIndex.size()];
        userIndex.forEach((id, i) -> userIds[i] = id);
        movieIndex.forEach((id, i) -> movieIds[i] = id);
        String[] titles = new String[movieIds.length];
        List<List<String>> genres = new ArrayList<>();
        for (int i = 0; i < movieIds.length; i++) {
            String[] info = movieInfo.get(movieIds[i]);
            titles[i] = info[0];
            genres.add(info[1].equals("(no genres listed)") || info[1].isEmpty() ? List.of() : List.of(info[1].split("\\|")));
        }
        return new Data(t.build(userIds.length, movieIds.length), userIds, movieIds, titles, List.copyOf(genres));
    }

    /** movieId → {title, genres}. */
    private static Map<Integer, String[]> readMovies(Path movies) {
        Map<Integer, String[]> out = new HashMap<>();
        read(movies, "movieId,title,genres", (line, no) -> {
            int first = line.indexOf(','), last = line.lastIndexOf(',');
            if (first < 0 || last == first) throw bad(movies, no, "expected movieId,title,genres");
            int id = parseInt(line.substring(0, first), movies, no);
            String title = line.substring(first + 1, last);
            if (title.length() >= 2 && title.startsWith("\"") && title.endsWith("\""))
                title = title.substring(1, title.length() - 1).replace("\"\"", "\"");
            if (out.put(id, new String[]{title, line.substring(last + 1)}) != null) throw bad(movies, no, "movieId " + id + " appears twice");
        });
        return out;
    }

    private interface LineHandler { void line(String line, int lineNo); }

    private static void read(Path file, String header, LineHandler h) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = r.readLine();
            if (first == null) throw bad(file, 1, "empty file");
            if (first.startsWith("\uFEFF")) first = first.substring(1);
            if (!first.strip().equals(header)) throw bad(file, 1, "expected header '" + header + "', got '" + first.strip() + "'");
            String line;
            int no = 1;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank()) continue;
                h.line(line.strip(), no);
            }
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such file (expected a MovieLens directory with ratings.csv and movies.csv)");
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    private static int parseInt(String s, Path file, int no) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            throw bad(file, no, "'" + s + "' is not an integer id");
        }
    }

    private static IllegalArgumentException bad(Path file, int line, String msg) {
        return new IllegalArgumentException(file + ":" + line + ": " + msg);
    }

    /** The distinct genres of {@code d}, in order of first appearance. */
    public static List<String> genreNames(Data d) {
        List<String> out = new ArrayList<>();
        for (List<String> g : d.genres()) for (String s : g) if (!out.contains(s)) out.add(s);
        return out;
    }

}
