package uk.selfcheck.analysis;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Every set of one to {@code largest} of the items, smallest sets first and, within a size, in lexicographic order of
 * the items' positions: with the items most severe first, the sets holding the most severe come first.
 */
final class Combinations<T> implements Iterator<List<T>> {
    private final List<T> items;
    private final int largest;
    private int[] chosen;
    private boolean more;

    Combinations(List<T> items, int largest) {
        this.items = items;
        this.largest = Math.min(largest, items.size());
        this.more = this.largest >= 1;
        this.chosen = more ? new int[] {0} : new int[0];
    }

    @Override
    public boolean hasNext() {
        return more;
    }

    @Override
    public List<T> next() {
        if (!more) {
            throw new NoSuchElementException();
        }
        List<T> set = new ArrayList<>(chosen.length);
        for (int i : chosen) {
            set.add(items.get(i));
        }
        advance();
        return set;
    }

    /** The next set of the same size, or the first of the next size. */
    private void advance() {
        int k = chosen.length;
        int n = items.size();
        int i = k - 1;
        while (i >= 0 && chosen[i] == n - k + i) {
            i--;
        }
        if (i >= 0) {
            chosen[i]++;
            for (int j = i + 1; j < k; j++) {
                chosen[j] = chosen[j - 1] + 1;
            }
        } else if (k < largest) {
            chosen = new int[k + 1];
            for (int j = 0; j <= k; j++) {
                chosen[j] = j;
            }
        } else {
            more = false;
        }
    }
}
