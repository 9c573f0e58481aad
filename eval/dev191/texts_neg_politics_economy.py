"""dev191 negatives: State Department, EU, Kremlin, Chinese foreign ministry and Downing Street
briefings on visas, sanctions, summits, trade, a security law, small boats and a doctors'
strike, with the wars in passing (eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "State Department says visa interview waits are falling, extends waiver "
        "for renewing applicants",
        "WASHINGTON — Average waiting times for US visitor visa interviews have "
        "fallen by more than half since January, a State Department spokesperson "
        "told reporters on Tuesday, as consulates work through a backlog left by "
        "the pandemic. The department is extending through the end of next year a "
        "policy that lets some applicants renewing a visa skip the in-person "
        "interview, the spokesperson said at the daily press briefing. Missions in "
        "India, Mexico and Brazil have added Saturday appointments and brought in "
        "temporary staff from Washington. QUESTION: Applicants in Mumbai are still "
        "being told to wait more than 500 days. Is that acceptable? SPOKESPERSON: "
        "It is not where we want to be, and we're not going to rest until those "
        "times come down further. A reporter asked whether Ukrainians who fled the "
        "war were being prioritised under the Uniting for Ukraine parole "
        "programme. The spokesperson said more than 100,000 had arrived under the "
        "programme and referred further questions to the Department of Homeland "
        "Security, which runs it. She declined to comment on individual visa "
        "cases, citing confidentiality rules.",
        "politics",
    ),
    (
        "US sanctions firms in China, UAE and Turkey over drone parts; "
        "spokesperson says 'we will keep tightening'",
        "WASHINGTON (Reuters) - The United States on Thursday imposed sanctions on "
        "more than a dozen companies in China, the United Arab Emirates and Turkey "
        "that it accused of helping Russia obtain components for its military, the "
        "State Department said. Announcing the measures at the daily press "
        "briefing, the department's spokesperson said the firms had shipped "
        "microelectronics and machine tools that ended up in drones and missiles "
        "used in Russia's war in Ukraine. \"We will keep tightening the screws on "
        "the Kremlin's war machine,\" he said. Asked whether Washington had raised "
        'the issue directly with Beijing, he said the secretary had done so "in '
        'every conversation" with his Chinese counterpart. He declined to say '
        "whether further sanctions on Chinese banks were being prepared, saying: "
        "\"I'm not going to preview sanctions actions.\" China's embassy in "
        'Washington said it firmly opposed "illegal unilateral sanctions" and '
        "would protect the rights of Chinese companies. The measures freeze any US "
        "assets of the firms and bar Americans from dealing with them.",
        "politics",
    ),
    (
        "Secretary to attend ASEAN meetings in Vientiane, with South China Sea and "
        "Myanmar on the agenda",
        "WASHINGTON — The Secretary of State will travel to Vientiane, Laos, next "
        "week for the annual meetings of foreign ministers of the Association of "
        "Southeast Asian Nations, a senior State Department official told "
        "reporters on a background call on Friday. The official said the Secretary "
        "would hold talks with his Chinese counterpart on the sidelines, their "
        'first since the spring, and would raise "dangerous and destabilising" '
        "actions by China's coast guard around Second Thomas Shoal. Myanmar will "
        "again be represented by a non-political official, the official said, as "
        "ASEAN continues to bar the junta's leaders over their failure to carry "
        "out a peace plan agreed after the 2021 coup. Pressed on whether a meeting "
        "with Russia's foreign minister, who is also expected in Vientiane, could "
        'be ruled out, the official said: "There are no plans for that." The '
        "trip will continue to Vietnam, Japan and the Philippines, where the two "
        'countries\' foreign and defence ministers will hold "two-plus-two" '
        "talks. The official declined to say whether new security assistance would "
        "be announced in Manila.",
        "politics",
    ),
    (
        "EU 'deeply concerned' by Hong Kong's Article 23 security law, "
        "spokesperson tells midday briefing",
        'BRUSSELS — The European Union is "deeply concerned" by the adoption of '
        "a new national security law in Hong Kong under Article 23 of the city's "
        "Basic Law, the spokesperson for foreign affairs said at the European "
        "Commission's midday briefing on Tuesday. The spokesperson said the law's "
        'broad definitions of offences such as "external interference" and theft '
        "of state secrets could restrict freedom of expression and affect the work "
        "of EU offices and companies in the city. The law was passed unanimously "
        "by Hong Kong's legislature after a fast-tracked process of less than two "
        "weeks. When asked whether the EU would consider sanctions against Hong "
        'Kong officials, the spokesperson said she would "not speculate on next '
        'steps" and that foreign ministers would discuss the issue. A reporter '
        "asked whether the concerns would be raised at next month's EU-China "
        'summit; she said "all issues of concern" would be on the table. Hong '
        'Kong\'s government said it "strongly disapproves" of the statement and '
        "that the law was needed to close loopholes exposed by the unrest of 2019.",
        "politics",
    ),
    (
        "Kremlin says no Putin-Erdogan meeting agreed yet, calls new EU sanctions 'futile'",
        "MOSCOW (Reuters) - The Kremlin said on Monday there was no agreement yet "
        "on the date or place of a meeting between President Vladimir Putin and "
        "Turkish President Tayyip Erdogan, despite reports in the Turkish media "
        'that Putin would visit Turkey this month. "When there is something to '
        'announce, we will announce it," Kremlin spokesman Dmitry Peskov told '
        "reporters on his daily conference call. Asked about a new package of "
        'European Union sanctions, Peskov said such measures were "futile" and '
        "had failed to stop Russia's economy from adapting. He said the Kremlin "
        'was not worried about their effect on the "special military operation" '
        "in Ukraine, which he said would continue until its goals were achieved. "
        "Peskov declined to comment on the health of a jailed opposition "
        "politician, saying it was a matter for the prison service. He said Putin "
        "would spend most of the week in Moscow and would chair a meeting of the "
        "Security Council on Friday. QUESTION: Has the Kremlin seen the reports of "
        "a new wave of mobilisation? PESKOV: No, such decisions are not on the "
        "agenda, and I would advise you not to trust such reports. QUESTION: Will "
        "the president attend the BRICS summit in person? PESKOV: When the "
        "decision is made, we will inform you.",
        "politics",
    ),
    (
        "Peskov says Russia will not sell oil to countries that apply price cap, "
        "response 'in final stages'",
        "MOSCOW — Russia will not supply oil to countries that apply a "
        "Western-imposed price cap and is preparing its response, Kremlin "
        "spokesman Dmitry Peskov told reporters on Monday, after the Group of "
        "Seven and Australia agreed to limit the price of Russian seaborne crude "
        'to $60 a barrel. "We will not accept this cap," Peskov said on his '
        "regular call with journalists. He said the measure would destabilise "
        "global energy markets but would not affect Russia's ability to pay for "
        '"the needs and requirements" of its operation in Ukraine. Asked when a '
        "decree setting out the response would be published, Peskov said work on "
        'it was "in its final stages" and declined to give a date. Deputy Prime '
        "Minister Alexander Novak said separately that Russia could cut production "
        "rather than sell at a loss. Brent crude rose about 2% in early trading. "
        "India and China, now the largest buyers of Russian crude, have not joined "
        "the cap.",
        "economy",
    ),
    (
        "China's foreign ministry vows to 'fight to the end' if Washington raises tariffs again",
        'BEIJING — China will "fight to the end" if the United States insists on '
        "raising tariffs on Chinese goods, a foreign ministry spokesperson said on "
        "Tuesday, a day after Washington threatened an additional 50% levy. "
        '"Pressure, threats and blackmail are not the right way to engage with '
        "China,\" the spokesperson told the ministry's regular press conference. "
        "She said there were no winners in a trade war or a tariff war and that "
        'China had already taken countermeasures to safeguard its "legitimate '
        'rights and interests". Asked whether Beijing was in contact with US '
        "officials about a possible call between the two leaders, she said she had "
        '"no information to offer" and referred reporters to the commerce '
        "ministry. She declined to comment on the yuan's fall, saying exchange "
        "rates were a matter for the central bank. Chinese stocks rebounded after "
        "state-backed funds stepped in to buy shares. Q: Some US officials say "
        "China will be hurt more than America. Do you agree? A: I have answered "
        "that question. Bullying will not work on China. Q: Can you confirm "
        "reports that cargoes of US soybeans have been cancelled? A: I would refer "
        "you to the competent authorities.",
        "economy",
    ),
    (
        "Beijing warns of 'resolute measures' over Taiwan leader's stopover in New York",
        "BEIJING (AFP) — China's foreign ministry on Thursday warned it would take "
        '"resolute and forceful measures" to defend its sovereignty if Taiwan\'s '
        "president met senior US officials during a stopover in New York on her "
        'way to Central America. "We firmly oppose any form of official '
        'interaction between the United States and Taiwan," a ministry '
        "spokeswoman told a regular briefing. She said the so-called transit was "
        'in fact a "provocation" that sent the wrong signal to separatist '
        'forces. Asked what measures China had in mind, she said: "Please stay '
        'tuned." She did not answer a question about whether military drills were '
        "being planned. Taiwan's foreign ministry said the stopover was routine "
        "and that Beijing had no right to interfere. The president is due to visit "
        "Guatemala and Belize, two of the 13 countries that still have formal "
        "diplomatic ties with Taipei.",
        "politics",
    ),
    (
        "China to host Central Asia summit in Xi'an; ministry says its Ukraine "
        "envoy 'will listen to all sides'",
        "BEIJING — China will host the leaders of Kazakhstan, Kyrgyzstan, "
        "Tajikistan, Turkmenistan and Uzbekistan in the ancient city of Xi'an next "
        "week for the first in-person China-Central Asia summit, a foreign "
        "ministry spokesperson announced on Friday. President Xi Jinping will "
        "chair the meeting and hold bilateral talks with each of the five leaders, "
        "the spokesperson told the daily briefing. Energy, transport corridors and "
        "a proposed railway through Kyrgyzstan are expected to top the agenda. "
        "Questioned about the travels of China's special envoy for Eurasian "
        "affairs, who is visiting Ukraine, Poland, France, Germany and Russia, the "
        'spokesperson said he would "listen to all sides" and work for a '
        "political settlement of the Ukraine crisis. She declined to say whether "
        "the envoy would carry a specific proposal. \"China's position is open and "
        'clear," she said, referring journalists to a position paper published in '
        "February. A Bloomberg reporter asked about new export controls on "
        "gallium; the spokesperson referred him to the commerce ministry.",
        "politics",
    ),
    (
        "Number 10 says Rwanda flights 'on track' and rejects claim small boats plan has failed",
        "LONDON — Downing Street insisted on Monday that deportation flights to "
        'Rwanda remained "on track" for the spring, after figures showed almost '
        "1,000 people crossed the Channel in small boats over the weekend. The "
        "prime minister's official spokesman told the regular morning lobby "
        'briefing that the government would "not be deterred" and that the '
        "number of crossings last year was a third lower than the year before. "
        'Questioned on whether the prime minister still believed he could "stop '
        'the boats" before the election, the spokesman said: "That remains his '
        'priority." He said the government was waging "a war on the criminal '
        'gangs" who charge migrants thousands of pounds for a place on an '
        "overcrowded dinghy. Pressed on reports that civil servants had been told "
        "to prepare for the plan's failure, he said he would not comment on leaks. "
        "The spokesman confirmed that the prime minister would hold talks on "
        "migration with his Italian counterpart on Thursday. Labour said the "
        "scheme was an expensive gimmick. Asked whether the prime minister had "
        'confidence in the home secretary, the spokesman said: "Yes." He was '
        "also asked about France's role in stopping boats leaving its beaches and "
        'said cooperation with Paris had "never been stronger". He would not be '
        "drawn on whether the government would leave the European Convention on "
        "Human Rights if the courts blocked the flights.",
        "politics",
    ),
    (
        "Downing Street calls junior doctors' five-day walkout 'disappointing', "
        "says pay offer is final",
        "LONDON — Downing Street said on Wednesday that the strike by junior "
        'doctors in England was "disappointing" and that the government\'s pay '
        "offer of 6% plus a one-off payment was final. Speaking at the afternoon "
        "lobby briefing, the prime minister's spokeswoman said more than 300,000 "
        "appointments and operations were expected to be rescheduled during the "
        "five-day walkout, the longest in the history of the NHS. Doctors on "
        "picket lines outside hospitals in London, Manchester and Birmingham held "
        'placards reading "Pay restoration now", and a rally in Parliament '
        "Square passed off peacefully, police said. Pressed on whether ministers "
        "would meet the British Medical Association before the strike ended, the "
        'spokeswoman said the health secretary\'s "door remains open" but that '
        "there would be no further talks on pay. She said emergency and cancer "
        "care would be protected and urged patients to attend appointments unless "
        "told otherwise. The BMA said it would ballot members on further action if "
        "no improved offer was made.",
        "protest",
    ),
]
