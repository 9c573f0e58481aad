"""dev191 negatives: defence budgets, arms packages, exercises, drills and a missile test;
a mandate renewal, a truce extension, a prisoner swap and a ceasefire deal; a wartime bomb
and a war anniversary (eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Prime minister's spokesman: 2.5% defence target is 'a commitment', not an aspiration",
        "LONDON — Britain will raise defence spending to 2.5% of national income "
        "by 2030, the prime minister's spokesman told journalists at the lobby "
        "briefing on Tuesday, after the prime minister announced the plan during a "
        "visit to Poland. The spokesman said the extra money, about 75 billion "
        "pounds over six years, would go to munitions stockpiles, air defence and "
        'new technology such as drones. "This is not an aspiration, it is a '
        'commitment, and it is fully funded," he said. Asked how it would be paid '
        "for, he said savings would come from cutting civil service numbers. He "
        "was asked whether the government was preparing the country for war, after "
        'a senior army officer spoke of a "pre-war generation". The spokesman '
        'said there was "no suggestion" of that and that the aim was deterrence. '
        "The Treasury said the commitment would be written into next year's "
        "budget.",
        "military",
    ),
    (
        "Pentagon details $400 million Ukraine package with artillery rounds and Bradley vehicles",
        "WASHINGTON — The Pentagon on Friday announced a new $400 million package "
        "of weapons for Ukraine, drawn from US military stocks, including "
        "artillery ammunition, Stinger missiles and dozens of Bradley armoured "
        "vehicles. A deputy press secretary told reporters at the Pentagon that "
        'the equipment would help Ukraine "meet its immediate battlefield needs" '
        "and would be delivered in the coming weeks. It is the 50th package drawn "
        "from US stocks since August 2021. When asked whether the administration "
        "would send longer-range missiles, she said she had nothing to announce "
        'and that "we continue to consult with the Ukrainians on their needs". A '
        "reporter asked how much money remained for future packages; she said "
        "about $4 billion was left under current authorities. She declined to "
        "discuss when the equipment would reach the front line, citing operational "
        "security.",
        "military",
    ),
    (
        "NATO commander says Steadfast Defender will be alliance's largest "
        "exercise in decades, with 90,000 troops",
        "BRUSSELS (Reuters) - NATO will hold its biggest military exercise since "
        "the Cold War in the coming months, involving about 90,000 troops from all "
        "31 allies and Sweden, the alliance's Supreme Allied Commander Europe said "
        "on Thursday. Speaking at a news conference after a meeting of NATO's "
        "military committee, he said Steadfast Defender 2024 would rehearse how "
        'the United States could move forces to defend European allies against "a '
        'near-peer adversary". More than 50 ships, 80 aircraft and 1,100 combat '
        "vehicles, including tanks, will take part from late January to May, with "
        "drills in Norway, Poland and the Baltic states. Asked whether the "
        "adversary was Russia, the commander said NATO's plans were based on its "
        'threat assessment, "and Russia is the most significant and direct '
        'threat". He said the exercise was defensive and would be carried out '
        "transparently. The Kremlin said the drills posed risks and showed that "
        "NATO was preparing for confrontation.",
        "military",
    ),
    (
        "China's defence ministry calls Taiwan drills a 'stern warning', has 'no "
        "information' on more",
        "BEIJING — China's defence ministry said on Thursday that three days of "
        'military drills around Taiwan had been a "stern warning" to separatist '
        "forces and to foreign interference, and that the People's Liberation Army "
        'would "take all necessary measures" to defend the country\'s territorial '
        "integrity. At the ministry's monthly press conference, a spokesman said "
        "the exercises, codenamed Joint Sword, had tested the army's ability to "
        "seize control of sea and air space and to carry out precision strikes on "
        "key targets. Taiwan's defence ministry said it had tracked 71 Chinese "
        "aircraft and nine ships around the island on the busiest day of the "
        "exercise. No shots were fired, and no Chinese aircraft entered Taiwan's "
        "territorial airspace. Questioned on whether more drills were planned, the "
        'spokesman said he had "no information to release at this time". He also '
        "declined to comment on reports that a Chinese aircraft carrier had sailed "
        "near Japan's southern islands.",
        "military",
    ),
    (
        "Joint Chiefs say North Korea fired short-range ballistic missile into "
        "East Sea, third launch this month",
        "SEOUL (Yonhap) — North Korea fired a short-range ballistic missile into "
        "the East Sea on Tuesday morning, South Korea's Joint Chiefs of Staff "
        "said, its third launch this month. The missile was fired from an area "
        "near Pyongyang at 7:38am and flew about 600 kilometres before falling "
        "into the sea outside Japan's exclusive economic zone, a JCS spokesperson "
        'told a press briefing. "Our military has strengthened surveillance and '
        "vigilance and is maintaining a full readiness posture in close "
        'cooperation with the United States," he said. Asked whether the launch '
        "was a response to this week's combined air drills with the US, the "
        "spokesperson said the military was analysing the North's intentions. "
        "Japan's defence minister told reporters in Tokyo that the government had "
        "lodged a protest through diplomatic channels in Beijing. North Korea's "
        "state media did not immediately report the launch. Pyongyang says its "
        "weapons tests are a legitimate exercise of its right to self-defence.",
        "military",
    ),
    (
        "Noon briefing: Security Council renews South Sudan mission's mandate for another year",
        "NEW YORK — At the noon briefing on Friday, the deputy spokesperson for "
        "the Secretary-General welcomed the Security Council's decision to extend "
        "the mandate of the UN Mission in South Sudan, UNMISS, for another year. "
        "The resolution, adopted with 13 votes in favour and two abstentions, "
        "keeps the mission's troop ceiling at 17,000 and asks it to help the "
        "country prepare for elections now scheduled for December 2026. The deputy "
        "spokesperson said the mission would continue to protect civilians, "
        "support the peace process and help create conditions for the delivery of "
        "aid. In response to a question about delays in unifying the armed forces "
        "under the 2018 peace agreement, she said the Secretary-General had urged "
        'the parties to "redouble their efforts" and referred reporters to his '
        "latest report. A journalist asked whether budget cuts would force the "
        'mission to close bases; she said it was "looking at its footprint" and '
        "would share details when available. She also announced that the "
        "Secretary-General would travel to Geneva on Monday. QUESTION: Is there an "
        "update on the floods in Jonglei? DEPUTY SPOKESPERSON: Our humanitarian "
        "colleagues say some 380,000 people have been affected by flooding and "
        "that aid is being delivered by boat and by air. QUESTION: And the trip to "
        "Geneva? DEPUTY SPOKESPERSON: We'll share the programme as soon as it's "
        "final.",
        "peace",
    ),
    (
        "UN envoy announces two-month extension of Yemen truce, says fuel ships entering Hodeidah",
        "AMMAN — The UN special envoy for Yemen announced on Thursday that the "
        "warring parties had agreed to extend a nationwide truce for another two "
        "months on the same terms, hours before it was due to expire. Speaking at "
        "a news conference in Amman, the envoy said the truce had brought "
        '"tangible benefits" to Yemenis, including commercial flights from Sanaa '
        "airport to Amman and Cairo for the first time in six years and the "
        "arrival of fuel ships at the port of Hodeidah. He said talks on reopening "
        "roads around the city of Taiz were continuing and urged both sides to "
        'show "flexibility". Asked about complaints from each side that the '
        "other had violated the truce, he said a joint military coordination "
        "committee was reviewing all reports. Saudi Arabia and the Houthis "
        "welcomed the extension in separate statements. The envoy said he hoped to "
        'use the next two months to negotiate "an expanded and longer truce".',
        "peace",
    ),
    (
        "Ukraine and Russia swap 95 prisoners each in UAE-mediated exchange, "
        "coordination headquarters says",
        "KYIV — Ukraine and Russia exchanged 95 prisoners of war each on Friday in "
        "a swap mediated by the United Arab Emirates, officials on both sides "
        "said. At a briefing in Kyiv, the head of Ukraine's coordination "
        "headquarters for the treatment of prisoners of war said those returned "
        "included soldiers who had defended Mariupol and the Azovstal steel plant, "
        "as well as border guards and national guardsmen. Some had been held for "
        "more than two years, he said, and several needed urgent medical "
        "treatment. Russia's defence ministry said in a statement that its "
        "servicemen were being flown to Moscow for medical and psychological care. "
        "The UAE foreign ministry said it was the ninth exchange it had mediated "
        "between the two countries. Pressed on how many Ukrainians remained in "
        'Russian captivity, the official said he would not give a figure "so as '
        'not to harm the negotiations". The International Committee of the Red '
        "Cross said it had not taken part in the exchange.",
        "peace",
    ),
    (
        "Colombia and ELN announce six-month ceasefire at joint press conference in Havana",
        "HAVANA (Reuters) - Colombia's government and the National Liberation Army "
        "(ELN) rebel group agreed on Friday to a bilateral ceasefire that will "
        "last six months, the two sides' negotiators said at a joint press "
        "conference in Havana, in the most significant step in peace talks that "
        "began last year. The truce will take effect in stages, with a full halt "
        "to offensive operations from August 3, the head of the government "
        "delegation said. A monitoring mechanism involving the United Nations and "
        "the Catholic Church will verify compliance. President Gustavo Petro, who "
        "travelled to Havana for the announcement, said the agreement showed that "
        '"total peace" was possible. Pressed on whether the ELN would stop '
        "kidnapping for ransom during the truce, the rebels' chief negotiator said "
        "the issue would be discussed in the next round. The talks, hosted by "
        "Cuba, Norway and Venezuela, will resume in Caracas in August. The "
        'negotiators also agreed to set up a "national participation committee" '
        "that will consult civil society on the agenda of the talks. When asked "
        "whether the deal covered the dissident factions of the former FARC, the "
        "head of the government delegation said it did not and that those talks "
        "were on a separate track. The ELN's commander, speaking by video link, "
        'called the truce "a gesture to the Colombian people".',
        "peace",
    ),
    (
        "Cologne bomb disposal team defuses 1,000-pound wartime bomb after 20,000 evacuated",
        "COLOGNE, Germany — Bomb disposal experts in Cologne defused a 1,000-pound "
        "American aerial bomb from the Second World War on Sunday afternoon, after "
        "about 20,000 people were evacuated from the city's Deutz district, the "
        "city authorities said. The bomb was found during building work near the "
        "Rhine on Friday, a spokesman for the city's public order office told a "
        "press conference. Two hospitals, a care home and several hotels had to be "
        "cleared, and trains to and from Cologne's main station were halted for "
        'about two hours. "The defusing went smoothly, and residents can return '
        'to their homes," the spokesman said. Asked why the evacuation took so '
        "long, he said officers had to go door to door because some residents "
        "refused to leave. More than 20 tonnes of wartime bombs are found in North "
        "Rhine-Westphalia every year, according to the state's explosive ordnance "
        "disposal service. It was the third bomb found in the city this year. The "
        "last one, in March, forced the evacuation of a large part of the old town "
        "for six hours. Asked whether there could be more in the area, the "
        "spokesman said the site would be surveyed before construction resumed.",
        "history",
    ),
    (
        "Chief cabinet secretary says prime minister sent Yasukuni offering but "
        "will not visit on war anniversary",
        "TOKYO (Kyodo) — Japan's prime minister sent a ritual offering to the "
        "Yasukuni Shrine in Tokyo on Thursday, the 79th anniversary of Japan's "
        "surrender in World War Two, but did not visit in person, the chief "
        "cabinet secretary told a regular press conference. The chief cabinet "
        'secretary said the offering was made "as a private individual" and that '
        "the government's position on the shrine, which honours 2.5 million war "
        "dead including 14 convicted Class A war criminals, had not changed. "
        "Several cabinet ministers visited the shrine in the morning. China and "
        "South Korea both expressed regret, with Seoul's foreign ministry calling "
        'the shrine a symbol of Japan\'s "war of aggression". Questioned on '
        "whether the offering would affect relations with Beijing, the chief "
        "cabinet secretary said Japan would continue to communicate with China "
        '"at all levels". Later in the day, the emperor expressed "deep '
        'remorse" at a memorial ceremony at the Nippon Budokan.',
        "history",
    ),
]
