"""What both evaluations measure (pipeline/measure.py): matches against gold and confidence calibration."""

from pipeline.measure import Calibration, Matched, Matches, auroc, share


def test_matches_give_precision_recall_and_f1():
    m = Matches(right=6, found=8, expected=12)
    assert (m.precision, m.recall, round(m.f1, 6)) == (0.75, 0.5, 0.6)


def test_matches_add_up_over_files_before_the_ratios_are_taken():
    total = Matches.total([Matches(1, 1, 4), Matches(3, 4, 4)])
    assert total == Matches(4, 5, 8) and (total.precision, total.recall) == (0.8, 0.5)


def test_nothing_found_is_precise_only_when_nothing_was_expected():
    assert (Matches(0, 0, 0).precision, Matches(0, 0, 0).f1) == (1.0, 1.0)
    assert (Matches(0, 0, 3).precision, Matches(0, 0, 3).recall, Matches(0, 0, 3).f1) == (0.0, 0.0, 0.0)


def test_a_file_score_takes_its_ratios_from_its_matches():
    class Score(Matched):
        @property
        def matches(self) -> Matches:
            return Matches(3, 4, 6)

    assert (Score().precision, Score().recall, round(Score().f1, 6)) == (0.75, 0.5, 0.6)


def test_share_of_nothing_is_all_of_it():
    assert (share(3, 4), share(0, 0)) == (0.75, 1.0)


def test_auroc_is_the_chance_a_right_output_has_higher_confidence_than_a_wrong_one():
    assert auroc([(0.9, True), (0.8, True), (0.3, False), (0.2, False)]) == 1.0
    assert auroc([(0.5, True), (0.5, False)]) == 0.5
    assert auroc([(0.2, True), (0.5, False), (0.8, True)]) == 0.5
    assert auroc([(0.7, True), (0.4, False), (0.4, True), (0.1, False)]) == 0.875  # the tie counts half
    assert auroc([(0.9, True)]) is None


def test_calibration_counts_wrong_outputs_shown_as_confident():
    cal = Calibration.total([Calibration([(0.9, True), (0.65, False)]), Calibration([(0.6, False), (0.3, False)])])
    assert (cal.confident_wrong(0.6), cal.confident_wrong(0.7), cal.auroc) == (2, 0, 1.0)
