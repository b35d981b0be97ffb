//! Sorting with one compiled sort. The standard library's sort is generic: every call with its own
//! element type and comparison becomes its own copy of the whole algorithm in the wasm (about
//! 1.4 KB each; 32 copies made 44 KB, measured with `scripts/size`). Here every sort orders
//! positions through one comparison object, so the algorithm is compiled once, and each call site
//! costs only its comparison and a move of its elements into the new order. Stable, like
//! `slice::sort_by`: equal elements keep their order.

use std::cmp::Ordering;

/// The positions `0..n` in the stable order `cmp` gives: the one compiled sort.
fn order(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut positions: Vec<usize> = (0..n).collect();
    positions.sort_by(|&a, &b| cmp(a, b));
    positions
}

/// Sorts `v` by `cmp`, keeping equal elements in their order.
pub fn sort_by<T>(v: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    let positions = order(v.len(), &|a, b| cmp(&v[a], &v[b]));
    let mut old: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(positions.into_iter().filter_map(|i| old[i].take()));
}

/// Sorts `v` by the key `key` gives, keeping elements with equal keys in their order.
pub fn sort_by_key<T, K: Ord>(v: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` in its natural order.
pub fn sort<T: Ord>(v: &mut Vec<T>) {
    sort_by(v, T::cmp);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_and_keeps_equal_elements_in_their_order() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e'), (0, 'f')];
        sort_by_key(&mut v, |x| x.0);
        assert_eq!(v, [(0, 'f'), (1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
        sort_by(&mut v, |a, b| b.0.cmp(&a.0));
        assert_eq!(v, [(3, 'a'), (3, 'c'), (2, 'd'), (1, 'b'), (1, 'e'), (0, 'f')]);
        let mut words = vec!["pear", "apple", "fig"];
        sort(&mut words);
        assert_eq!(words, ["apple", "fig", "pear"]);
        let mut empty: Vec<u8> = Vec::new();
        sort(&mut empty);
        assert!(empty.is_empty());
    }

    #[test]
    fn agrees_with_the_standard_sort_on_many_orders() {
        // A fixed pseudo-random walk: 500 lists of up to 60 small numbers (many equal).
        let mut rng = crate::domain::test_kit::Random(0x2545_f491_4f6c_dd1d);
        for _ in 0..500 {
            let n = (rng.next_u64() % 60) as usize;
            let v: Vec<(u64, usize)> = (0..n).map(|i| (rng.next_u64() % 8, i)).collect();
            let mut ours = v.clone();
            let mut std = v;
            sort_by_key(&mut ours, |x| x.0);
            std.sort_by_key(|x| x.0);
            assert_eq!(ours, std);
        }
    }
}
