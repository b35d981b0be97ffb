//! Why the log store could not do what was asked: a plain value, so screens and their sentences
//! (`text::store_error`) can be written and tested without a browser.

/// A refused or failed store operation. Each has a sentence in `text::store_error`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// The browser gives no IndexedDB (some private modes) or refused to open it.
    Unavailable,
    /// The device is out of space for this site.
    QuotaExceeded,
    /// Another tab upgraded the database; this one must reload.
    VersionChanged,
    /// Anything else the browser reported, kept for the console.
    Other(String),
}

/// How many writes at the head of a queue go in the next transaction: puts one after another go
/// together (a burst of quick taps is one write), a clear goes on its own. 0 for an empty queue.
pub fn next_batch<T>(queue: &[T], is_clear: impl Fn(&T) -> bool) -> usize {
    match queue.first() {
        None => 0,
        Some(w) if is_clear(w) => 1,
        Some(_) => queue.iter().take_while(|w| !is_clear(w)).count(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A queue written as letters: `p` a put, `c` a clear.
    fn batches(queue: &str) -> Vec<usize> {
        let mut q: Vec<char> = queue.chars().collect();
        let mut out = Vec::new();
        while !q.is_empty() {
            let n = next_batch(&q, |w| *w == 'c');
            out.push(n);
            q.drain(..n);
        }
        out
    }

    #[test]
    fn puts_in_a_row_share_a_transaction_and_a_clear_goes_alone() {
        assert_eq!(next_batch::<char>(&[], |w| *w == 'c'), 0);
        assert_eq!(batches("p"), [1]);
        assert_eq!(batches("ppp"), [3]);
        assert_eq!(batches("ppcpp"), [2, 1, 2]);
        assert_eq!(batches("ccp"), [1, 1, 1]);
    }
}
