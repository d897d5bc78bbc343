"""SIREN and SIRET keys (Luhn algorithm)."""

LA_POSTE_SIREN = "356000000"  # its SIRETs use another key: the sum of the digits is a multiple of 5


def luhn_digit(number: str) -> str:
    """The digit that makes ``number + digit`` pass the Luhn check."""
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_valid(digits: str) -> bool:
    """True when the last digit of ``digits`` is the Luhn key of the others."""
    return len(digits) > 1 and digits.isdigit() and luhn_digit(digits[:-1]) == digits[-1]


def identifier_valid(digits: str) -> bool:
    """True when ``digits`` (a SIREN or a SIRET) carries a right key, La Poste's SIRETs included."""
    la_poste = len(digits) == 14 and digits.startswith(LA_POSTE_SIREN) and digits.isdigit() \
        and sum(map(int, digits)) % 5 == 0
    return la_poste or luhn_valid(digits)
