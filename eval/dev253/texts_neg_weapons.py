"""dev253 negatives, part two: weapons and diplomacy (missile and nuclear tests, drills and
deployments, arms-control treaties, enrichment talks, inspections, sanctions and deterrence
politics), several of them written in the months after a war or beside one."""

NEGATIVES = [
    (
        "North Korea fires solid-fuel ICBM into sea off Hokkaido",
        "North Korea test-fired a new solid-fuel intercontinental ballistic missile on Thursday "
        "that flew for about 74 minutes before splashing down in the sea west of Japan's "
        "Hokkaido island, Japanese and South Korean officials said. State media said the launch "
        "of the Hwasong-18 had been personally overseen by leader Kim Jong Un and was intended to "
        "strike “extreme uneasiness and horror” into the country's enemies. Solid-fuel missiles "
        "can be prepared for launch far more quickly than liquid-fuelled ones, making them "
        "harder to detect in advance. Residents of Hokkaido were briefly told to take cover "
        "after an initial warning suggested the missile might land near the island, an alert "
        "later withdrawn. The United States, South Korea and Japan condemned the launch as a "
        "violation of UN Security Council resolutions. Analysts said Pyongyang could be "
        "preparing for a seventh nuclear test.",
        "military",
    ),
    (
        "Kim tours uranium enrichment site in first images of centrifuge hall",
        "North Korea published photographs on Friday of leader Kim Jong Un touring a uranium "
        "enrichment facility, the first time the country has shown a site used to produce "
        "fissile material for its nuclear weapons. State news agency KCNA said Kim called for "
        "more centrifuges to be installed to “exponentially” increase the number of weapons, "
        "and the pictures showed him walking between long rows of the machines. Experts said "
        "the hall could be at Yongbyon or at a suspected second site at Kangson near Pyongyang. "
        "The release came weeks before the US presidential election and was seen as a message to "
        "whoever wins. South Korea's unification ministry said Pyongyang was trying to gain "
        "recognition as a nuclear state. The IAEA has had no access to North Korea since its "
        "inspectors were expelled in 2009, and relies on satellite imagery.",
        "military",
    ),
    (
        "Putin says nuclear-powered Burevestnik missile flew 14,000 km in final test",
        "President Vladimir Putin said on Sunday that Russia had completed a final test of its "
        "nuclear-powered Burevestnik cruise missile, which he said flew about 14,000 km and "
        "stayed in the air for around 15 hours. Chief of the General Staff Valery Gerasimov, "
        "appearing alongside Putin in military uniform, said the missile had performed all the "
        "required manoeuvres and demonstrated its ability to evade missile defences. Western "
        "experts have questioned the weapon's reliability since an accident during a 2019 "
        "recovery operation in the White Sea killed five nuclear engineers. Putin said work "
        "should begin on preparing infrastructure to deploy the missile. The announcement "
        "came days after Washington imposed sanctions on Rosneft and Lukoil. The Kremlin said "
        "the test was not aimed at pressuring the United States. NATO said it was monitoring "
        "Russia's nuclear rhetoric closely.",
        "military",
    ),
    (
        "Russia and Belarus begin second stage of tactical nuclear weapons drills",
        "Russia and Belarus began the second stage of joint exercises on Tuesday to practise "
        "the deployment of non-strategic nuclear weapons, Russia's Defence Ministry said. "
        "Missile units would train in receiving special munitions for Iskander launchers and "
        "arming them, and aircraft crews would practise fitting Kinzhal hypersonic missiles to "
        "MiG-31 jets, the ministry said. Belarusian President Alexander Lukashenko has said "
        "several dozen Russian tactical warheads are stationed in his country. Moscow said the "
        "drills were a response to “provocative statements” by Western officials about "
        "sending troops to Ukraine. The US State Department called the exercises irresponsible "
        "rhetoric. No live nuclear weapons are used in such drills, experts said. The first "
        "stage was held in the Southern Military District last month.",
        "military",
    ),
    (
        "Unarmed Minuteman III launched from Vandenberg in routine test",
        "An unarmed Minuteman III intercontinental ballistic missile was launched from "
        "Vandenberg Space Force Base in California late on Tuesday, Air Force Global Strike "
        "Command said, in what it called a routine test of the reliability of the US nuclear "
        "deterrent. The missile carried a single test re-entry vehicle that travelled about "
        "4,200 miles to the Kwajalein Atoll in the Marshall Islands. The launch had been "
        "scheduled years in advance and was not a response to world events, the command said. "
        "Crews from the 90th Missile Wing at F.E. Warren Air Force Base in Wyoming took part. "
        "The Minuteman III, first deployed in 1970, is due to be replaced by the Sentinel "
        "missile, whose cost has risen by 81% to about $141 billion. Russia was notified in "
        "advance under existing agreements. A streak of light from the launch was seen across "
        "southern California.",
        "military",
    ),
    (
        "AUKUS leaders unveil submarine pathway in San Diego, Virginia-class boats first",
        "Australia will buy three US nuclear-powered submarines from the early 2030s, with an "
        "option for two more, before building a new class of boats with Britain, the leaders of "
        "the three AUKUS countries announced in San Diego on Monday. Prime Minister Anthony "
        "Albanese said the plan would cost up to 368 billion Australian dollars over three "
        "decades and create some 20,000 jobs. The submarines will be conventionally armed, and "
        "Canberra stressed that it would not acquire nuclear weapons. China's foreign ministry "
        "said the deal took the three countries “further down the wrong and dangerous path”. "
        "The International Atomic Energy Agency will have to approve arrangements for the "
        "highly enriched uranium fuel under a rarely used provision of safeguards agreements. "
        "US submarines will begin rotating through Perth from 2027. Former prime minister Paul "
        "Keating called it the worst deal in history.",
        "military",
    ),
    (
        "India tests Agni-V with multiple warheads in Mission Divyastra",
        "India has carried out the first flight test of an Agni-V missile carrying multiple "
        "independently targetable re-entry vehicles, Prime Minister Narendra Modi said on "
        "Monday, joining a small group of countries with the technology. The missile was "
        "launched from Dr APJ Abdul Kalam Island off the coast of Odisha and its warheads "
        "landed in the Bay of Bengal, the Defence Research and Development Organisation said. "
        "Modi congratulated the scientists involved in what he called Mission Divyastra. The "
        "Agni-V has a range of more than 5,000 km, putting all of China within reach. Pakistan's "
        "foreign office said the test was a further sign of India's ambitions to dominate the "
        "region. India maintains a no-first-use policy for its nuclear weapons. Project "
        "director Sheena Rani was among those credited for the launch. "
        "China's foreign ministry declined to comment on the test.",
        "military",
    ),
    (
        "India and Pakistan swap lists of nuclear installations for 34th year",
        "India and Pakistan exchanged lists of their nuclear installations and facilities on "
        "Wednesday under a 1988 agreement that bars them from attacking each other's atomic "
        "sites, the two foreign ministries said. The lists were handed over simultaneously "
        "through diplomatic channels in New Delhi and Islamabad, as they have been every "
        "January 1 since 1992. The agreement was signed by Rajiv Gandhi and Benazir Bhutto and "
        "entered into force three years later. The exchange continued despite a freeze in most "
        "other contacts between the neighbours. Both countries also swapped lists of each "
        "other's nationals held in their prisons, with India saying it held 381 Pakistani "
        "civilians and 81 fishermen. The agreement does not require either side to disclose "
        "the locations of its weapons. Officials on both sides described the exchange as "
        "routine.",
        "peace",
    ),
    (
        "Russia and US extend New START for five years days before expiry",
        "Russia and the United States have extended the New START treaty for five years, the "
        "last remaining agreement limiting the two countries' nuclear arsenals, days before it "
        "was due to expire, the Kremlin and the State Department said on Wednesday. The treaty "
        "caps each side at 1,550 deployed strategic warheads and 700 deployed missiles and "
        "bombers, and allows on-site inspections. President Joe Biden and President Vladimir "
        "Putin agreed in a phone call last week to extend it without conditions, after the "
        "previous administration had sought to bring China into a new deal. Secretary of State "
        "Antony Blinken said the extension made the United States and its allies safer. "
        "Russia's parliament ratified the move within a day. Arms-control advocates welcomed "
        "the step but said talks on a successor treaty should start immediately.",
        "peace",
    ),
    (
        "Putin suspends New START, says Russia may resume nuclear tests",
        "President Vladimir Putin said on Tuesday that Russia was suspending its participation "
        "in the New START treaty, the last pillar of arms control with the United States, and "
        "that Moscow would be ready to carry out nuclear tests if Washington did so first. "
        "Speaking in his annual address to both houses of parliament, Putin accused the West "
        "of trying to inflict a strategic defeat on Russia and said it was “absurd” to let US "
        "inspectors visit Russian nuclear sites. The Foreign Ministry later said Russia would "
        "continue to respect the treaty's numerical limits. US Secretary of State Antony "
        "Blinken called the decision deeply unfortunate and irresponsible. NATO Secretary "
        "General Jens Stoltenberg urged Moscow to reconsider. On-site inspections under the "
        "treaty had already been halted since 2020, first because of the pandemic.",
        "politics",
    ),
    (
        "Nuclear weapons ban treaty enters into force without the nuclear powers",
        "The Treaty on the Prohibition of Nuclear Weapons entered into force on Friday, 90 days "
        "after it reached the 50 ratifications it needed, in what campaigners called a "
        "historic step although none of the nine nuclear-armed states has signed it. Church "
        "bells rang in several countries and survivors of the Hiroshima and Nagasaki bombings "
        "held events in Japan to mark the day. “This is the beginning of the end of nuclear "
        "weapons,” said Beatrice Fihn, head of the International Campaign to Abolish Nuclear "
        "Weapons, which won the 2017 Nobel Peace Prize for its work on the treaty. The United "
        "States and its NATO allies say the pact ignores security realities and undermines the "
        "Non-Proliferation Treaty. Japan, the only country to have suffered nuclear attacks, "
        "has also declined to join. The first meeting of states parties is due within a year.",
        "peace",
    ),
    (
        "US and Iran hold 'constructive' first round of nuclear talks in Muscat",
        "The United States and Iran held their first round of talks on Tehran's nuclear "
        "programme in Oman on Saturday, with both sides describing the meeting as constructive "
        "and agreeing to meet again next week. US envoy Steve Witkoff and Iranian Foreign "
        "Minister Abbas Araqchi spoke directly for about 45 minutes after passing messages "
        "through Omani Foreign Minister Badr Albusaidi, the Iranian foreign ministry said. "
        "President Donald Trump has threatened military action if no deal is reached and "
        "wants Iran to give up enrichment entirely, while Tehran says its right to enrich "
        "uranium is not negotiable. Iran has built up a stockpile of uranium enriched to 60% "
        "purity, close to weapons grade, the IAEA says. The rial strengthened on the news. "
        "Israeli Prime Minister Benjamin Netanyahu has called for a Libya-style dismantling of "
        "the programme.",
        "peace",
    ),
    (
        "Iran and IAEA agree framework in Cairo to resume inspections at bombed sites",
        "Iran and the International Atomic Energy Agency signed an agreement in Cairo on "
        "Tuesday setting out how inspectors could return to Iranian nuclear facilities, "
        "including those bombed by Israel and the United States in June. Foreign Minister Abbas "
        "Araqchi and IAEA chief Rafael Grossi signed the document in the presence of Egyptian "
        "Foreign Minister Badr Abdelatty, who brokered the talks. Tehran suspended cooperation "
        "with the agency after the 12-day war, and inspectors have not been able to verify the "
        "whereabouts of more than 400 kg of highly enriched uranium since. Araqchi said access "
        "would depend on decisions by Iran's Supreme National Security Council. Grossi called "
        "the deal “a step in the right direction”. European powers have warned they will restore "
        "UN sanctions unless Iran allows full access within weeks.",
        "peace",
    ),
    (
        "IAEA board finds Iran in breach of obligations for first time in 20 years",
        "The International Atomic Energy Agency's 35-nation Board of Governors declared on "
        "Thursday that Iran was in breach of its non-proliferation obligations, the first such "
        "finding against the country in almost two decades, diplomats said. The resolution, "
        "drafted by Britain, France, Germany and the United States, passed with 19 votes in "
        "favour, three against and 11 abstentions. It cited Iran's failure to explain traces "
        "of uranium found at several undeclared sites. Iran's atomic energy organisation said "
        "it would respond by opening a new enrichment facility in a secure location and "
        "replacing older centrifuges with advanced models. Russia and China voted against the "
        "text. Diplomats said the finding could pave the way for the matter to be referred to "
        "the UN Security Council. Oil prices rose slightly on the news.",
        "politics",
    ),
    (
        "US peace plan would see American firms run Zaporizhzhia plant",
        "A US proposal to end the war in Ukraine would put the Zaporizhzhia nuclear power plant "
        "under American operation and send part of its electricity to both countries, "
        "according to a draft seen by reporters and described by two officials familiar with "
        "the talks. The plant, Europe's largest, has been held by Russian forces since March "
        "2022, and its six reactors are in cold shutdown. Ukrainian President Volodymyr "
        "Zelenskiy said Kyiv would not accept any arrangement that recognised Russian control "
        "of the site, while Rosatom said the plant was Russian property and would remain so. "
        "Experts said restarting the reactors would take months even if an agreement were "
        "reached, because the cooling reservoir was drained when the Kakhovka dam was destroyed "
        "in 2023. The IAEA said it was ready to help in any arrangement. Talks are due to "
        "continue next week in Geneva.",
        "peace",
    ),
    (
        "IAEA-brokered local truce lets crews start repairing Zaporizhzhia power line",
        "Repair crews began work on Saturday to restore the last off-site power line to the "
        "Zaporizhzhia nuclear power plant under a local ceasefire brokered by the International "
        "Atomic Energy Agency, Rafael Grossi said. Russia and Ukraine had both agreed to halt "
        "fire in designated repair zones on either side of the front line, allowing engineers "
        "to reach damaged sections of the 750-kilovolt Dniprovska line, the agency said. The "
        "plant has been running on emergency diesel generators for a month. “Both sides "
        "engaged constructively to enable this complex repair plan,” Grossi said, adding that "
        "IAEA staff would monitor the work. Grossi said the repairs could take several days. "
        "Energoatom said its own teams were working on the Ukrainian-controlled side. The "
        "plant's reactors have been shut down since 2022, but still need electricity to cool "
        "their fuel.",
        "peace",
    ),
    (
        "UN sanctions on Iran return as European snapback takes effect",
        "United Nations sanctions on Iran that were lifted under the 2015 nuclear deal came "
        "back into force at midnight on Saturday after Britain, France and Germany triggered "
        "the so-called snapback mechanism, accusing Tehran of failing to meet its commitments. "
        "The measures include an arms embargo, a ban on enrichment and reprocessing activities "
        "and asset freezes on individuals and entities linked to the nuclear and missile "
        "programmes. A last-minute Russian and Chinese resolution to delay the move failed in "
        "the Security Council on Friday. Iran recalled its ambassadors to the three countries "
        "for consultations, and President Masoud Pezeshkian said Tehran had no intention of "
        "leaving the Non-Proliferation Treaty. The Iranian rial fell to a record low against "
        "the dollar. Foreign ministers of the three European countries said diplomacy was not "
        "over.",
        "politics",
    ),
    (
        "Macron opens debate on extending French nuclear umbrella to Europe",
        "President Emmanuel Macron said on Wednesday he would open a strategic debate on using "
        "France's nuclear deterrent to protect its European allies, in a televised address "
        "that reflected doubts about the reliability of the United States under President "
        "Donald Trump. France has about 290 nuclear warheads, the fourth-largest arsenal in the "
        "world, and Macron stressed that the decision to use them would remain in the hands of "
        "the French president. Germany's likely next chancellor, Friedrich Merz, had called "
        "for talks on nuclear sharing with Britain and France. Russia's foreign minister "
        "Sergei Lavrov said the speech was a threat to Russia. Far-right leader Marine Le Pen "
        "accused Macron of wanting to give away French sovereignty. Poland and the Baltic states "
        "welcomed the offer. "
        "The Elysee said the president would hold talks with European leaders in the coming weeks, without setting a timetable.",
        "politics",
    ),
    (
        "Seven in ten South Koreans back own nuclear weapons, poll finds",
        "About 71% of South Koreans support developing the country's own nuclear weapons, a "
        "survey published on Monday by the Asan Institute for Policy Studies found, the highest "
        "level since the Seoul think tank began asking the question a decade ago. Support "
        "was highest among men in their sixties and lowest among women in their twenties. The "
        "poll of 1,000 adults was carried out after North Korea unveiled a new uranium "
        "enrichment facility. South Korea is a signatory to the Non-Proliferation Treaty and "
        "relies on the US nuclear umbrella, and officials in Washington have warned that any "
        "move towards its own bomb would damage the alliance. Several conservative lawmakers "
        "have called for the country to at least acquire the capacity to reprocess spent fuel. "
        "The government said its policy was unchanged. "
        "The survey has a margin of error of 3.1 percentage points.",
        "politics",
    ),
]
