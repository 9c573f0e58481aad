"""Budgets, tests, targets and ceremonies: defence-desk articles with numbers but no figure (5
articles)."""

from _wrap import item

item(
    "Japan approves record defence budget as it builds counterstrike capability",
    """TOKYO -- Japan's cabinet on Friday approved a record {{8.7 trillion yen}} ({{$55 billion}})
    defense budget for fiscal {{2025}}, the {{third}} year of a {{five-year}} buildup worth {{43
    trillion yen}}. The plan will lift security-related spending to {{2%}} of gross domestic product
    by {{2027}}, up from about {{1%}} for most of the postwar era. The budget includes funds for
    upgraded {{Type 12}} surface-to-ship missiles with a range of about {{1,000 km}}, for Tomahawk
    cruise missiles bought from the U.S., and for a next-generation fighter being developed with
    Britain and Italy for deployment in {{2035}}. Prime Minister Shigeru Ishiba's government has yet
    to decide how to fund about {{1 trillion yen}} a year of the increase.""",
)

item(
    "North Korea fires new ICBM in longest flight yet",
    """SEOUL, {{Oct 31}} (Reuters) - North Korea test-fired a new solid-fuel intercontinental
    ballistic missile on Thursday that flew for {{86 minutes}}, the longest flight time of any of
    its missiles, Japan's defence ministry said. The missile, launched at {{7:10 a.m.}} from near
    Pyongyang, reached an altitude of more than {{7,000 km}} and fell into the sea about {{200 km}}
    west of Hokkaido after travelling some {{1,000 km}}. State media later called it the
    {{Hwasong-19}} and said leader Kim Jong Un had overseen the launch. It was the North's first
    ICBM test since {{December 2023}}, days before the U.S. presidential election on {{Nov. 5}}.""",
)

item(
    "NATO leaders agree to 5% defence spending target by 2035",
    """THE HAGUE, Netherlands (AP) — NATO leaders agreed on Wednesday to raise defense spending to
    {{5%}} of gross domestic product by {{2035}}, a target long demanded by U.S. President Donald
    Trump. Allies will spend at least {{3.5%}} on core defense, such as troops and weapons, and up
    to {{1.5%}} on related infrastructure and cyber defenses. The deal replaces the {{2%}} goal set
    in {{2014}} after Russia annexed Crimea. Spain won an exemption, saying it needs only {{2.1%}}
    to meet its capability targets. The leaders reaffirmed their commitment to collective defense
    under {{Article 5}} of the {{1949}} Washington Treaty.""",
)

item(
    "Navy commissions INS Vikrant, India's first home-built aircraft carrier",
    """KOCHI: Prime Minister Narendra Modi on Friday commissioned INS Vikrant, the first aircraft
    carrier designed and built in India, at Cochin Shipyard. The {{45,000-tonne}} carrier, built at
    a cost of about {{₹20,000 crore}}, is {{262 metres}} long and can reach a top speed of {{28
    knots}}. Its keel was laid in {{2009}}, and sea trials began in {{August 2021}}. The carrier
    will operate {{MiG-29K}} fighters and {{MH-60R}} helicopters until a deck-based fighter is
    chosen, with flight trials due by {{mid-2023}}. Officials said about {{76%}} of the material and
    equipment was sourced in India.""",
)

item(
    "Turkey's KAAN stealth fighter makes maiden flight",
    """ANKARA — Turkey's KAAN fighter jet completed its first flight on Wednesday, staying aloft for
    {{13 minutes}} and reaching an altitude of {{8,000 feet}} and a speed of {{230 knots}}, Turkish
    Aerospace said. The company was ordered to develop a fifth-generation fighter after Turkey was
    removed from the {{F-35}} program in {{2019}} over its purchase of Russia's {{S-400}} air
    defense system. The prototype flies with {{F110}} engines made by General Electric, and Ankara
    hopes to replace them with a domestic engine by the early {{2030s}}. Turkey's defense and
    aerospace exports reached {{$5.5 billion}} last year.""",
)
