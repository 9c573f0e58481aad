"""dev301 negatives: elections, trials, gas deals, migrant workers, peace and border treaties."""

NEGATIVES = [
    (
        "Tokayev wins snap election with 81% as observers note lack of competition",
        "Kassym-Jomart Tokayev won a second term as Kazakhstan's president with 81.3% of the "
        "vote, the central election commission said on Monday, in a snap election he called after "
        "the unrest of January. Turnout was 69.4%, the commission said. The five other "
        "candidates, most of them little known, each took less than 4%, and 'against all' came "
        "second with 5.8%. Observers from the OSCE said the vote was efficiently administered but "
        "lacked genuine competition, noting restrictions on the right to stand and to assemble. "
        "Tokayev, who will now serve a single seven-year term under constitutional changes he "
        "championed, promised a 'new and fair Kazakhstan'. Opposition activists in Almaty who "
        "tried to hold an unsanctioned rally on election day were detained before they reached "
        "the square, according to the Kazakhstan Bureau for Human Rights.",
        "politics",
    ),
    (
        "Court jails Kyrgyz opposition leader for 10 years over Kempir-Abad case",
        "A court in Bishkek on Thursday sentenced opposition politician Ravshan Jeenbekov to ten "
        "years in prison on charges of plotting a violent seizure of power, in a case that rights "
        "groups call politically motivated. He was one of more than 20 activists and politicians "
        "arrested after they objected to a deal handing the Kempir-Abad reservoir to Uzbekistan. "
        "His lawyer said the prosecution's evidence consisted of secretly recorded conversations "
        "in which no violence was discussed, and that the defence would appeal. Supporters "
        "outside the court held up photographs of the defendant and chanted his name before "
        "police asked them to disperse. The US embassy said it was concerned about the shrinking "
        "space for political opposition in Kyrgyzstan. President Sadyr Japarov has said the "
        "courts are independent. Most of the other defendants were acquitted or given suspended "
        "sentences in a separate ruling last month. The case began in October 2022, when the "
        "security service detained the activists at their homes before dawn, accusing them of "
        "planning mass riots. None of them was accused of carrying out any violence. The court's "
        "ruling will be published in full next week.",
        "politics",
    ),
    (
        "Georgian Dream declares victory in parliamentary vote; opposition cries fraud",
        "Georgia's ruling Georgian Dream party won 54% of the vote in Saturday's parliamentary "
        "election, the central election commission said on Sunday, a result that four pro-Western "
        "opposition alliances refused to accept. Opposition leaders said the vote had been stolen "
        "through vote-buying and intimidation in the regions and called supporters to a rally on "
        "Rustaveli Avenue on Monday evening. Monitoring groups recorded ballot stuffing at "
        "several polling stations, including one in Marneuli where a man was filmed pushing a "
        "stack of ballots into a box. Billionaire founder Bidzina Ivanishvili told supporters the "
        "result was a rare success in a turbulent world. President Salome Zourabichvili called "
        "the election a 'Russian special operation' and said she would not recognise the new "
        "parliament. European Union officials urged an investigation of irregularities.",
        "politics",
    ),
    (
        "Pashinyan's Civil Contract keeps majority despite war defeat",
        "Acting Prime Minister Nikol Pashinyan's Civil Contract party won 53.9% in Armenia's snap "
        "parliamentary election on Sunday, the central electoral commission said, beating the "
        "alliance of former president Robert Kocharyan, which took 21%. The vote was called to "
        "end a political crisis that followed last year's war over Nagorno-Karabakh, which "
        "Kocharyan's bloc said Pashinyan had lost through incompetence. During a bruising "
        "campaign, Pashinyan waved a hammer at rallies and promised a 'steel mandate', while "
        "Kocharyan accused him of capitulation. International observers said the election was "
        "competitive and generally well-managed, though marked by inflammatory rhetoric. "
        "Kocharyan's bloc said it would challenge the results in the Constitutional Court. "
        "Supporters of Civil Contract celebrated with car horns in the centre of Yerevan.",
        "politics",
    ),
    (
        "Uzbek parliament fights for 'territorial integrity' of budget in long session",
        "Deputies of Uzbekistan's Oliy Majlis spent nine hours on Wednesday defending what one "
        "speaker called the 'territorial integrity' of next year's budget against cuts proposed "
        "by the finance ministry. The ministry wants to trim spending on regional roads by 12% to "
        "keep the deficit below 3% of GDP. Deputies from Surkhandarya and Khorezm led the charge, "
        "saying their regions would be the first casualties of any cuts. 'We will not surrender a "
        "single kilometre of asphalt,' said one deputy from the Liberal Democratic Party, to "
        "applause. Finance Minister Timur Ishmetov said the government was ready for a compromise "
        "but warned that Uzbekistan could not borrow its way to growth. The chamber is expected "
        "to vote on the budget in the second reading next week. Analysts at the news site Daryo "
        "noted that open disputes between ministers and deputies were unusual in the country.",
        "politics",
    ),
    (
        "Turkmenistan's Serdar Berdimuhamedov sworn in after 'landslide'",
        "Serdar Berdimuhamedov was sworn in as president of Turkmenistan on Saturday after an "
        "election that the central commission said he had won with 72.97% of the vote, succeeding "
        "his father Gurbanguly, who led the country for fifteen years. The ceremony in Ashgabat's "
        "Ruhyyet palace featured a choir, horsemen and a speech in which the new leader promised "
        "to continue his father's policies of 'positive neutrality'. Eight other candidates had "
        "stood, none of them a critic of the government. Foreign observers were not invited in "
        "significant numbers, and exile groups said state employees had been ordered to vote. The "
        "elder Berdimuhamedov kept his post as chairman of the upper chamber of parliament. The "
        "new president, who is 40, had served as deputy prime minister and governor of the Ahal "
        "region. Diplomats in Ashgabat said they expected little change in one of the world's "
        "most closed countries.",
        "politics",
    ),
    (
        "Azerbaijani journalists of Abzas Media jailed for up to nine years",
        "A court in Baku on Thursday sentenced six journalists of the independent investigative "
        "outlet Abzas Media to between seven and a half and nine years in prison on smuggling "
        "charges that they and press freedom groups say were fabricated. The journalists, who had "
        "published investigations into the property of officials' families, were arrested in late "
        "2023 after police said they had found cash in the outlet's office. In their final "
        "statements, several defendants said they had been punished for their reporting. The "
        "Committee to Protect Journalists said Azerbaijan now held more journalists behind bars "
        "than at any time since independence. The foreign ministry in Baku rejected Western "
        "criticism as interference in the work of the judiciary. Relatives of the defendants wept "
        "in the courtroom.",
        "politics",
    ),
    (
        "Former Tajik opposition figure extradited from Turkey faces 'terrorism' charges",
        "A Tajik opposition activist who was detained in Istanbul last month has been returned to "
        "Dushanbe and charged with calling for the violent overthrow of the constitutional order, "
        "his family said. The man is a member of Group 24, which Tajikistan designated an "
        "extremist organisation in 2014, and had lived in Turkey for eight years. Human rights "
        "groups said he risked torture and an unfair trial, and that Turkey had breached its "
        "obligations by handing him over. The Tajik prosecutor general's office said he had been "
        "detained under an Interpol notice. Dozens of opposition figures have been returned to "
        "Tajikistan from Russia, Turkey and the European Union since 2015, according to Human "
        "Rights Watch. His wife said she had not been allowed to visit him in pretrial detention.",
        "politics",
    ),
    (
        "Gazprom and Uzbekistan agree to double flows through Central Asia pipeline",
        "Russia's Gazprom and Uzbekistan's state energy company signed an agreement in Tashkent "
        "on Thursday to raise Russian gas deliveries to the country to 11 billion cubic metres a "
        "year, roughly double current volumes, as Uzbekistan struggles with winter shortages. The "
        "gas will flow through the Central Asia-Centre pipeline, built in Soviet times to carry "
        "Turkmen gas north, and which has been reversed for the purpose. Energy Minister Jurabek "
        "Mirzamahmudov said the deal would help avoid the blackouts and empty filling stations "
        "that hit Tashkent two winters ago. Analysts said Uzbekistan, once an exporter to China, "
        "had become dependent on imports because of rising domestic demand. Kazakhstan also "
        "receives Russian gas through the pipeline under a separate contract. The price was not "
        "disclosed.",
        "economy",
    ),
    (
        "TAPI: Turkmenistan opens new section, but Afghan stretch remains on paper",
        "Turkmenistan's leaders inaugurated a new section of the TAPI gas pipeline near the "
        "Afghan border on Wednesday with a ceremony attended by officials from Afghanistan, "
        "Pakistan and India, and the state media hailed it as the 'pipeline of peace'. The "
        "project, first proposed in the 1990s, would carry 33 billion cubic metres a year of gas "
        "from the Galkynysh field to South Asia. Only the Turkmen section has been built so far, "
        "and financing for the 1,814-kilometre route remains unclear. Analysts have long doubted "
        "whether lenders will back a pipeline crossing Herat and Kandahar. Officials in Kabul "
        "said security for the route would be guaranteed. India has yet to say whether it will "
        "buy any of the gas.",
        "economy",
    ),
    (
        "Remittances from Russia fall by a third as Tajik migrant workers head home",
        "Money transfers from Russia to Tajikistan fell by 34% in the first half of the year, the "
        "national bank said, as the rouble's slide and tougher rules for migrants pushed many "
        "workers to return or look elsewhere. Remittances account for roughly a third of "
        "Tajikistan's GDP, one of the highest shares in the world. In Khatlon province, families "
        "who relied on sons working on Moscow construction sites say they have cut back on meat "
        "and postponed weddings. Russia's interior ministry has tightened checks on migrants "
        "since the spring, and many workers say they were fined or refused entry at airports. "
        "Recruitment agencies in Dushanbe now advertise jobs in South Korea, Britain's fruit "
        "farms and the Gulf. Economists expect remittances to recover only slowly. At Dushanbe "
        "airport, flights from Moscow and Yekaterinburg arrive full and return half empty, "
        "airline staff say. Some returning workers have found jobs on the construction of the "
        "Rogun dam, but wages there are a fraction of what they earned in Russia. The World Bank "
        "expects poverty in the country to rise this year. The government has promised to create "
        "200,000 jobs, mostly in agriculture and textiles.",
        "economy",
    ),
    (
        "Price war among Kazakhstan's mobile operators hits Kcell's profits",
        "Kazakhstan's biggest mobile operator Kcell reported a 19% fall in annual net profit on "
        "Tuesday, blaming a price war with rivals Beeline and Tele2-Altel that has driven tariffs "
        "for unlimited data packages to some of the lowest in the world. The company said it "
        "would fight back with new bundles of streaming services and a 'loyalty offensive' aimed "
        "at young users. Analysts in Almaty said the sector's battle for market share was "
        "unsustainable, since operators also had to invest in 5G networks demanded by the "
        "government. Kcell's shares, listed in Astana and London, fell 4% on the news. The "
        "ministry of digital development said it had no plans to regulate tariffs. Subscribers "
        "have been the winners, with the average price of a gigabyte falling by a third in two "
        "years, according to the regulator. Kcell's chief executive said the company would not be "
        "drawn into a race to the bottom.",
        "economy",
    ),
    (
        "Kyrgyz migrants queue for hours at Russian border after new entry rules",
        "Hundreds of Kyrgyz citizens spent the night in their cars at the Kazakh-Russian border "
        "crossing near Troitsk after Russia introduced new fingerprinting and registration rules "
        "for foreign workers, the Kyrgyz foreign ministry said. Some said they had waited for "
        "three days without water or toilets, and the ministry said it had sent consular staff to "
        "help. Russian border officials said the delays were caused by technical problems and a "
        "surge in travellers after the holidays. Kyrgyzstan, whose citizens do not need work "
        "permits in Russia as members of the Eurasian Economic Union, protested and summoned the "
        "Russian ambassador. About 350,000 Kyrgyz nationals work in Russia, according to official "
        "figures, most of them in Moscow and Yekaterinburg. Labour migration is the biggest "
        "source of foreign currency for the country.",
        "economy",
    ),
    (
        "Azerbaijan signs deal to double gas supplies to Europe by 2027",
        "The European Commission and Azerbaijan signed a memorandum in Baku on Monday to double "
        "the country's gas exports to the European Union to at least 20 billion cubic metres a "
        "year by 2027, as Brussels looks for alternatives to Russian supplies. Commission "
        "President Ursula von der Leyen called Azerbaijan a 'crucial' and 'trustworthy' partner, "
        "drawing criticism from rights groups and Armenian diaspora organisations. Gas will flow "
        "through the Southern Gas Corridor, including the Trans-Adriatic Pipeline to Italy, which "
        "will need to be expanded. SOCAR officials said new investment in the Shah Deniz field "
        "would be needed. Analysts noted that Azerbaijan's own production was limited and that "
        "some of the gas sold to Europe might be replaced at home by Russian imports. Ilham "
        "Aliyev said the European Union could rely on Azerbaijan for decades. Environmental "
        "groups said the deal locked Europe into fossil fuels.",
        "economy",
    ),
    (
        "Armenian and Azerbaijani ministers initial peace treaty in Washington",
        "The foreign ministers of Armenia and Azerbaijan initialled the text of a peace treaty at "
        "the White House on Friday, in a ceremony hosted by President Donald Trump with Prime "
        "Minister Nikol Pashinyan and President Ilham Aliyev. The two leaders also signed a joint "
        "declaration on a transit route across Armenia's Syunik province linking Azerbaijan to "
        "its Nakhchivan exclave, which will be developed with American participation. The treaty, "
        "agreed in March after years of talks, commits the two sides to recognise each other's "
        "territorial integrity and to withdraw claims in international courts. It will not be "
        "signed until Armenia removes a reference to Karabakh from its constitution, Baku says. "
        "Pashinyan called it the end of decades of war. Opposition parties in Yerevan said the "
        "deal was a surrender and vowed to fight it in a referendum.",
        "peace",
    ),
    (
        "Kyrgyzstan and Tajikistan sign border treaty, ending decades-long dispute",
        "The presidents of Kyrgyzstan and Tajikistan signed a treaty on Thursday settling the "
        "last disputed sections of their 980-kilometre border, ending a quarrel that has cost "
        "hundreds of lives in clashes over the past decade. Sadyr Japarov and Emomali Rahmon "
        "shook hands in Bishkek after the signing, and the agreement will now go to both "
        "parliaments for ratification. Under its terms, some villages change hands and roads will "
        "be rerouted, and the two governments will compensate families who have to move. The "
        "Tajik exclave of Vorukh will be connected to the rest of Tajikistan by a new road. "
        "Residents of Batken said they were relieved but wanted to see the details. 'My children "
        "grew up with the sound of shooting,' said a teacher in Kok-Tash. Both presidents will "
        "attend a three-way summit with Uzbekistan in Khujand later this month.",
        "peace",
    ),
    (
        "Uzbekistan and Kyrgyzstan complete border demarcation; Kempir-Abad deal ratified",
        "Uzbekistan's Senate ratified on Friday the agreement on the Kyrgyz-Uzbek state border, "
        "completing a process that began after the collapse of the Soviet Union and that has at "
        "times led to standoffs between villagers. Under the deal, the Kempir-Abad reservoir will "
        "be jointly managed, with Uzbekistan receiving the land under the water and Kyrgyzstan "
        "getting an equal area of pasture elsewhere. President Shavkat Mirziyoyev said the "
        "agreement would turn the border into one of friendship and trade. In Kyrgyzstan, several "
        "critics of the deal remain in detention. Border posts near Osh and Andijan are to be "
        "modernised with loans from the Asian Development Bank. Traders in the Kara-Suu bazaar "
        "said they hoped for faster crossings.",
        "peace",
    ),
    (
        "Armenia returns four border villages to Azerbaijan under delimitation deal",
        "Armenian border guards began handing over positions around four abandoned villages in "
        "the Tavush province to Azerbaijan on Friday, the first delimitation of the two "
        "countries' shared border since the Soviet collapse. The villages, occupied by Armenian "
        "forces in the early 1990s, will revert to Azerbaijani control, while a stretch of road "
        "linking Armenia to Georgia will be rerouted. Residents of Kirants, whose houses lie "
        "close to the new line, said they feared for their safety and for their orchards. Prime "
        "Minister Nikol Pashinyan said the deal was a step towards lasting peace and promised "
        "compensation to anyone who loses land. The delimitation commissions of the two countries "
        "will now turn to the rest of the frontier. Russian border guards left the area earlier "
        "this month.",
        "peace",
    ),
    (
        "Georgia-Russia talks in Geneva end without breakthrough on Abkhazia",
        "The latest round of the Geneva International Discussions on the consequences of the 2008 "
        "war ended on Wednesday without agreement, as Russia and Georgia traded accusations over "
        "the status of Abkhazia and South Ossetia. The talks, co-chaired by the EU, the UN and "
        "the OSCE, bring together delegations from Tbilisi, Moscow and the two breakaway regions. "
        "Georgia's delegation raised the detention of its citizens along the administrative "
        "boundary line and the fencing of farmland near Gori. Russian diplomats demanded a "
        "non-use of force pledge from Tbilisi. The co-chairs said the incident-prevention "
        "mechanism at Ergneti would keep meeting monthly, and that the next round would take "
        "place in the spring. Georgian officials called the talks 'the only format we have'.",
        "peace",
    ),
    (
        "Prisoners freed as Armenia and Azerbaijan agree confidence-building steps",
        "Azerbaijan released 32 Armenian soldiers and Armenia freed two Azerbaijani servicemen on "
        "Thursday under an agreement the two countries announced in a rare joint statement, "
        "saying it would build trust ahead of a peace treaty. The soldiers crossed at a "
        "checkpoint on the border between Tavush and Gazakh and were met by relatives and "
        "officials. In return, Armenia withdrew its objection to Azerbaijan hosting the COP29 "
        "climate summit in Baku. The European Union and the United States welcomed the "
        "announcement. Some of the Armenians had been held since the 2020 war, while others were "
        "captured after border clashes in 2021. Families of other detainees still in Baku, among "
        "them former Karabakh leaders, called for their release.",
        "peace",
    ),
]
