"""Class labels: rounded, non-overlapping bounds (core.classes)."""
from ess_territoires.core.classes import class_labels


def test_bounds_rounded_down_then_up_in_french():
    assert class_labels([0, 26.6, 73.53, 133.33, 254.24, 444.44], 2, "fr") == [
        "0 – 26", "27 – 73", "74 – 133", "134 – 254", "255 – 444"]


def test_a_round_break_opens_the_next_unit():
    assert class_labels([0, 10, 20, 35], 0, "fr") == ["0 – 10", "11 – 20", "21 – 35"]


def test_decimals_only_where_classes_need_them():
    assert class_labels([0.12, 0.45, 0.9], 2, "fr") == ["0,1 – 0,4", "0,5 – 0,9"]
    assert class_labels([1000, 2500.5, 12000], 1, "en") == ["1,000 – 2,500", "2,501 – 12,000"]
