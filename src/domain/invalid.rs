//! Why a record was refused. Its own module, below every record type, so the records that live
//! in their own files (a medicine, a milestone's mark) check themselves without reaching back
//! into the log entry that files them.

/// Why a record was refused; `text::invalid` turns each into a sentence for the parent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Invalid {
    EndNotAfterStart,
    SessionTooLong,
    SegmentOutsideSession,
    VolumeOutOfRange,
    AmountOutOfRange,
    WeightOutOfRange,
    DiaperEmpty,
    NotesTooLong,
    InFuture,
    /// Notes holding a control character other than a new line or a tab (a NUL byte, say): no
    /// phone keyboard types one, so the entry did not come from a parent's hands.
    NotesControlCharacter,
    MedicineNameEmpty,
    MedicineNameTooLong,
    AdvisedByEmpty,
    AdvisedByTooLong,
    MedicineDateMissing,
    /// A medicine's or a milestone's date outside the years 2000–2100: a typing slip.
    DateOutOfRange,
    StopBeforeStart,
    /// A "taken" tick outside the medicine's dates, or a day ticked twice.
    TakenOutsideDates,
    /// Test weighing: the weight after the feed is smaller than before it.
    TestWeightAfterSmaller,
    /// Test weighing: more gained in one feed than a baby can take.
    TestWeightTooMuch,
    /// A milestone of a kind this build does not know (marked with a newer Relact).
    MilestoneUnknown,
    /// The parent's own milestone with no words.
    MilestoneWordsEmpty,
    /// A milestone's words longer than `milestones::MAX_OWN_CHARS`.
    MilestoneWordsTooLong,
    /// A milestone filed at an instant that is not around noon of its day in any time zone.
    MilestoneDayMismatch,
}
