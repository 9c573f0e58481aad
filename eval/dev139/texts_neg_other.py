"""dev139 plain negatives (7 of 7): elections, weather, tech, science, obituaries, royal and papal
news, a former refugee's success and a correction from the same live pages (eval/README.md,
section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Albanese claims second term as Dutton loses his own seat",
        "Anthony Albanese has led Labor to a second term with a bigger majority, and "
        "Opposition Leader Peter Dutton has lost his own seat of Dickson. The prime minister "
        'told supporters in Sydney that Australians had chosen "to face global challenges '
        'the Australian way". Counting continues in a handful of close seats.',
        "other",
    ),
    (
        "Merz elected chancellor at second attempt",
        "Friedrich Merz failed to secure a majority in the Bundestag in the first round of "
        "voting for chancellor, an unprecedented setback for a designated leader in post-war "
        "Germany. He fell six votes short of the 316 needed. He was elected in a second "
        "round hours later.",
        "other",
    ),
    (
        "White smoke: Cardinal Robert Prevost elected Pope Leo XIV",
        "18:08: Cardinal Robert Prevost of the United States has been elected pope and will "
        "take the name Leo XIV, the first American to lead the Catholic Church. He appeared "
        "on the balcony of St Peter's Basilica just over an hour after white smoke rose from "
        'the Sistine Chapel chimney. In his first words he called for "a disarmed and '
        'disarming peace".',
        "other",
    ),
    (
        "Weather: hot and humid for England, thundery showers later",
        "Temperatures will climb to 33C in London and the south-east this afternoon, making "
        "it the hottest day of the year so far. Thunderstorms could bring torrential "
        "downpours to parts of Wales and the Midlands this evening, and the Met Office has a "
        "yellow warning in place until midnight.",
        "other",
    ),
    (
        "OpenAI releases GPT-5",
        "OpenAI has released GPT-5, which chief executive Sam Altman says is like talking to "
        '"a PhD-level expert" on any subject. The model is available to all ChatGPT users, '
        "including those on the free tier.",
        "other",
    ),
    (
        "Astronomers spot interstellar comet racing through the solar system",
        "Astronomers in Chile have spotted only the third known object to arrive from "
        "outside our solar system, a comet now named 3I/ATLAS. It is travelling at about "
        "60km per second and will pass closest to the Sun in October. Scientists say it "
        "poses no threat to Earth.",
        "other",
    ),
    (
        "Doctor who arrived as a refugee named Young Australian of the Year",
        "A 29-year-old Perth doctor who came to Australia as a refugee from Sudan at the age "
        "of eight has been named Young Australian of the Year. She now runs a free clinic "
        "for newly arrived families in Mirrabooka. Accepting the award at Parliament House, "
        'she thanked the teachers "who believed in me before I could speak English".',
        "other",
    ),
    (
        "Correction: Bank of Japan rate decision",
        "Correction: An earlier version of this post said the Bank of Japan had raised its "
        "policy rate to 1%. The bank in fact raised it to 0.75%, its highest level in 30 "
        "years. We apologise for the error.",
        "other",
    ),
    (
        "Jane Goodall dies aged 91",
        "Jane Goodall, the primatologist whose decades of work with chimpanzees in Tanzania "
        "changed our understanding of animals, has died aged 91, the Jane Goodall Institute "
        "says. She died of natural causes while on a speaking tour in California. Tributes "
        "have been paid by scientists and conservationists around the world.",
        "other",
    ),
    (
        "King Charles and Pope Leo pray together in Sistine Chapel",
        "King Charles and Pope Leo XIV have prayed together in the Sistine Chapel, the first "
        "time a British monarch and a pope have worshipped together since the Reformation. "
        "The service focused on care for the environment.",
        "other",
    ),
    (
        "Takaichi becomes Japan's first female prime minister",
        "Update: Sanae Takaichi has been elected Japan's first female prime minister by the "
        "lower house, after her Liberal Democratic Party struck a last-minute coalition deal "
        "with the Japan Innovation Party. She won 237 votes in the first round. Takaichi is "
        "expected to announce her cabinet later today.",
        "other",
    ),
]
