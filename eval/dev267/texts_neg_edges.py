"""dev267 negatives: the desk's history, screen and page, accidents at arms plants, disasters and
epidemics under sanctions, sport and the compliance trade (title, text, kind code)."""

NEGATIVES = [
    (
        "Forty years on, Iran-Contra still shapes how Congress polices arms sales",
        "Forty years ago this month, a Lebanese magazine revealed that the Reagan administration had "
        "secretly sold missiles to Iran, then under a US arms embargo, in the hope of freeing American "
        "hostages in Lebanon. Within weeks, officials admitted that profits from the sales had been "
        "diverted to the Contra rebels fighting Nicaragua's Sandinista government, in defiance of a ban "
        "voted by Congress. The scandal led to 14 criminal indictments, a televised hearing that made "
        "Lieutenant Colonel Oliver North a household name, and pardons by the first President Bush in "
        "1992. Historians at a conference in Washington this week argued that it also left a lasting "
        "mark on the law. The notification rules that let lawmakers review and delay big arms sales were "
        "tightened in its wake. 'Every time a senator puts a hold on a sale, that is Iran-Contra's "
        "legacy,' said one of the speakers. Newly declassified papers on the hostage talks will be "
        "published next year.",
        "history",
    ),
    (
        "Al-Yamamah papers show Thatcher's personal role in Saudi arms deal",
        "Files released by the National Archives in London on Friday show that Margaret Thatcher "
        "intervened personally to win the Al-Yamamah arms deal with Saudi Arabia in 1985, Britain's "
        "biggest export contract. The papers include notes of her meetings with Prince Bandar bin Sultan "
        "and a handwritten letter urging ministers to 'leave nothing undone' to beat a rival French bid "
        "for Tornado and Hawk jets. Officials warned her in one memo that 'commissions' paid to "
        "intermediaries could cause embarrassment. The deal, worth more than 40 billion pounds over two "
        "decades, was later the subject of a Serious Fraud Office investigation that Tony Blair's "
        "government halted in 2006 on grounds of national security. Historians said the documents "
        "confirmed accounts in memoirs but added detail on the financing through oil barter. BAE Systems "
        "said it did not comment on historical matters.",
        "history",
    ),
    (
        "Eighty years after Lend-Lease, historians weigh the arsenal of democracy",
        "Eighty years ago this week, Congress passed the Lend-Lease Act, allowing President Franklin "
        "Roosevelt to send weapons, food and fuel to Britain and later to the Soviet Union and China "
        "without immediate payment. Over the following four years the United States shipped about $50 "
        "billion of supplies, including 14,000 aircraft and 400,000 trucks to Moscow alone. A new "
        "exhibition at the National WWII Museum in New Orleans traces the convoys that carried them "
        "across the Atlantic and the Arctic. Curators have gathered letters from merchant sailors, "
        "factory posters urging workers to 'Keep 'em Rolling', and the ledger in which Treasury clerks "
        "recorded the deliveries. Russian and British veterans' groups will join a virtual ceremony on "
        "Thursday. Britain made its final repayment of the related loans only in 2006.",
        "history",
    ),
    (
        "Nicolas Cage returns as gunrunner Yuri Orlov in 'Lord of War' sequel",
        "Nicolas Cage will reprise his role as arms dealer Yuri Orlov in a sequel to the 2005 film 'Lord "
        "of War', with Bill Skarsgard joining the cast as his son, producers said at the Cannes market on "
        "Tuesday. Andrew Niccol, who wrote and directed the original, returns for 'Lords of War', which "
        "begins shooting in Morocco and Canada this summer. The first film, loosely inspired by the "
        "careers of several post-Soviet gunrunners, followed Orlov as he sold Kalashnikovs to warlords and "
        "dictators while evading an Interpol agent played by Ethan Hawke. It earned $72 million worldwide "
        "and developed a cult following, particularly for its opening sequence following a bullet from "
        "factory to battlefield. Niccol said the new story would be about 'the next generation of the "
        "trade', from drones to cyber weapons. Foreign sales rights were offered to buyers this week.",
        "entertainment",
    ),
    (
        "'The Night Manager' returns with arms dealer plot moved to Colombia",
        "The second series of 'The Night Manager', the BBC adaptation of John le Carre's novel, returns on "
        "New Year's Day, nearly a decade after the first drew more than 10 million viewers. Tom Hiddleston "
        "is back as Jonathan Pine, the former soldier turned intelligence operative, now working under a "
        "new name in a surveillance unit in London. The plot follows him to Bogota, where a young heir is "
        "selling weapons to militias, and draws on real cases of guns smuggled through South American "
        "ports. Director Georgi Banks-Davies said the team had spoken to former customs investigators and "
        "sanctions specialists. 'The arms trade has changed, it's shell companies and shipping containers "
        "now,' Hiddleston told the Radio Times. Critics who saw the first episodes praised the Colombian "
        "locations but said the plot was slow to start. A third series has already been commissioned.",
        "entertainment",
    ),
    (
        "Thriller about a sanctions-busting tanker crew tops Norwegian bestseller lists",
        "'Dark Transfer', a debut novel by a former Norwegian maritime insurance investigator, has topped "
        "bestseller lists in Norway and been sold for translation into 14 languages. The book follows a "
        "Filipino officer on an ageing tanker that switches off its transponder to take on Iranian oil "
        "from another ship at night in the Gulf of Oman, and the investigator in Oslo who tracks it by "
        "satellite. The author, writing under the pen name Kari Vik, said she drew on years of examining "
        "claims involving ship-to-ship transfers and forged paperwork. Reviewers praised its detailed "
        "picture of life at sea and of the offices where sanctions cases are built. A streaming platform "
        "has bought the television rights. 'It is a story about a grey market that most people never "
        "see,' Vik told the newspaper Aftenposten.",
        "entertainment",
    ),
    (
        "Explosion at Tennessee explosives plant leaves no survivors, sheriff says",
        "A powerful explosion destroyed a building at Accurate Energetic Systems, a maker of military "
        "explosives in rural Tennessee, on Friday morning, and the county sheriff said none of the 16 "
        "people missing was expected to be found alive. The blast, felt more than 15 miles away, levelled "
        "a production building and set off smaller explosions that kept emergency crews away for hours. "
        "The company makes explosives and demolition charges for the Pentagon and for export. The cause "
        "was not known, and federal investigators from the ATF and the Chemical Safety Board were on the "
        "site. 'There's nothing to describe, it's gone,' Sheriff Chris Davis said. Families gathered at a "
        "church in McEwen to wait for news. The plant had been cited for safety violations in 2019, "
        "according to state records."
        " Dozens of firefighters and deputies from neighbouring counties responded, and roads around the "
        "plant were closed for most of the day. Some relatives said they had heard of the blast from "
        "neighbours before the company called. The company said in a statement that it was 'devastated' "
        "and was cooperating with investigators. The Army, one of its biggest customers, said it was "
        "assessing the impact on supplies. The governor ordered flags lowered to half-staff.",
        "accident",
    ),
    (
        "Cargo plane carrying Serbian mortar shells crashes in northern Greece, killing crew",
        "An Antonov An-12 cargo plane carrying about 11 tonnes of Serbian-made munitions crashed near the "
        "town of Kavala in northern Greece late on Saturday, killing all eight Ukrainian crew members, "
        "officials said. The aircraft, operated by Ukrainian company Meridian, was flying from Nis in "
        "Serbia to Bangladesh and had reported an engine problem before turning back towards Kavala "
        "airport. Witnesses saw it on fire before it hit the ground, and explosions continued for hours, "
        "keeping firefighters away. Serbia's defence minister said the cargo was mortar shells and "
        "training mines bought by Bangladesh's defence ministry under a legal contract. Greek army bomb "
        "disposal experts and a team wearing protective suits later searched the fields. Residents of two "
        "nearby villages were told to keep their windows closed.",
        "accident",
    ),
    (
        "Blast at Bulgarian ammunition plant kills two workers",
        "An explosion at an ammunition factory near Kazanlak in central Bulgaria killed two workers and "
        "injured three on Wednesday, the regional prosecutor's office said. The blast happened in a "
        "workshop where artillery shells were being filled with explosives, and a fire burned for several "
        "hours before it was put out. Bulgaria's arms makers have run three shifts a day since 2022 to meet "
        "orders that end up in Ukraine, usually through Polish or Czech intermediaries, and unions have "
        "warned that safety checks are being cut to keep pace. 'People are exhausted,' a union official at "
        "the plant said. Prosecutors opened an investigation into breaches of safety rules. The company "
        "said production had been suspended. It was the third fatal accident at a Bulgarian arms plant in "
        "two years.",
        "accident",
    ),
    (
        "US eases Syria sanctions for six months to speed earthquake relief",
        "The United States on Thursday issued a six-month exemption from its Syria sanctions for all "
        "transactions related to earthquake relief, as the death toll from Monday's quakes in Turkey and "
        "Syria passed 20,000. The Treasury's general licence allows banks and aid groups to send money and "
        "supplies to government-held areas without fear of penalties. Aid agencies had said banks were "
        "refusing transfers even though humanitarian aid was already exempt. 'US sanctions in Syria will "
        "not stand in the way of life-saving efforts,' Deputy Treasury Secretary Wally Adeyemo said. Only "
        "one border crossing from Turkey into Syria's rebel-held northwest is open for UN aid, and it was "
        "damaged by the quake. Rescuers in Jindires and Aleppo were still pulling survivors from the "
        "rubble. Damascus has called for all sanctions to be lifted.",
        "disaster",
    ),
    (
        "Sanctions slow aid to Afghan quake survivors, relief groups say",
        "Aid agencies struggling to reach survivors of the earthquake in eastern Afghanistan said on "
        "Friday that sanctions on the Taliban government and frozen central bank reserves were slowing "
        "relief, even though humanitarian work is exempt. The 5.9-magnitude quake killed more than 1,000 "
        "people in Paktika and Khost provinces on Wednesday and destroyed thousands of mud-brick homes. "
        "Banks in the region remain reluctant to process payments, forcing agencies to carry cash across "
        "the border from Pakistan. 'We have the supplies, what we lack is money in the country,' said the "
        "head of one international charity. The United States said it would send aid through its partners "
        "and was working with the World Bank on releasing some funds. Survivors were sleeping in the open "
        "as rain fell. The Taliban asked for the lifting of sanctions."
        " Villagers in Gayan district dug through collapsed houses with their hands, a reporter who "
        "reached the area said. The Taliban's own disaster agency said it had sent helicopters and food, "
        "but roads damaged by landslides slowed the convoys. The quake struck at night, when most "
        "families were asleep, which officials said explained the high number of deaths. The World Food "
        "Programme said it had reached some 14,000 people with food.",
        "disaster",
    ),
    (
        "North Korea turns down Russian flood aid as sanctions complicate relief",
        "North Korea has thanked Russia for an offer of help after floods along the Yalu river but said it "
        "would rely on its own resources, state media reported on Saturday. Heavy rain late last month "
        "swept away thousands of homes in Sinuiju and Uiju, and leader Kim Jong Un said more than 15,000 "
        "people had been moved to Pyongyang while their towns were rebuilt. South Korea also offered "
        "relief supplies through the Red Cross but received no reply. UN agencies said sanctions "
        "exemptions for flood relief could take weeks to approve, because the committee that grants them "
        "works by consensus. Kim rejected reports in the South that hundreds had died as a 'smear "
        "campaign'. Satellite images showed whole districts still under water along the river.",
        "disaster",
    ),
    (
        "Iran says sanctions hamper its fight against the coronavirus",
        "Iran called on Thursday for the lifting of US sanctions, saying they were preventing it from "
        "buying medicine and equipment to fight the coronavirus outbreak, which has killed more than 1,100 "
        "people in the country. Medicines are exempt from the sanctions, but banks and suppliers have "
        "refused to handle Iranian payments for fear of penalties, health officials said. Foreign Minister "
        "Mohammad Javad Zarif wrote to the UN Secretary-General calling the measures 'economic terrorism'. "
        "Iran has asked the International Monetary Fund for a $5 billion emergency loan, the first such "
        "request since 1962. Washington offered humanitarian help, which Tehran rejected. Hospitals in "
        "Tehran and Qom said they were short of test kits and ventilators. The World Health Organization "
        "flew in supplies last week.",
        "health",
    ),
    (
        "Sanctions paperwork delays North Korea's COVID vaccines and syringes",
        "North Korea has yet to receive a single dose of COVID-19 vaccine through the COVAX scheme, in "
        "part because shipments of syringes and cold-chain equipment need exemptions from UN sanctions, "
        "aid officials said. The country was allocated about 1.9 million doses of the AstraZeneca vaccine "
        "but has not completed the technical preparations, according to the vaccine alliance Gavi. Freezers "
        "and refrigerated trucks must be approved by the Security Council committee that oversees sanctions, "
        "a process that can take months. UNICEF said it had received approval to send testing kits and "
        "tuberculosis drugs last year. Pyongyang says it has had no cases of the virus, a claim health "
        "experts doubt. Its borders have been closed since early 2020.",
        "health",
    ),
    (
        "Abramovich's Chelsea to be run under special government licence",
        "Chelsea Football Club will operate under a special government licence after Roman Abramovich was "
        "added to Britain's sanctions list on Thursday, freezing his assets and halting the planned sale "
        "of the reigning European champions. The licence allows Chelsea to play its fixtures, pay "
        "staff and let existing season-ticket holders attend matches, but the club cannot sell new "
        "tickets, sign players or offer new contracts. The government said Abramovich had clear links to "
        "the Kremlin. Chelsea's shirt sponsor Three suspended its deal. 'We are going to keep fighting,' "
        "manager Thomas Tuchel said before Sunday's trip to Norwich. Bidders including the Ricketts family "
        "and a consortium led by Todd Boehly will need ministers' approval to buy the club. Fans said they "
        "feared for its future."
        " Abramovich, who bought the club in 2003, had announced last week that he would sell it and "
        "give the net proceeds to a foundation for 'all victims of the war in Ukraine'. The government "
        "said any sale would require a new licence and that the proceeds could not reach him. The "
        "Premier League disqualified him as a director of the club on Saturday. The club's women's team "
        "and academy are covered by the same licence.",
        "sport",
    ),
    (
        "Haas drops Mazepin and Uralkali sponsorship after sanctions",
        "The Haas Formula One team terminated the contract of Russian driver Nikita Mazepin and its "
        "title sponsorship with fertiliser maker Uralkali on Saturday, days before the start of the season "
        "in Bahrain. Mazepin's father, Dmitry, is Uralkali's main shareholder and was among Russian "
        "businessmen targeted by sanctions this week. Team principal Guenther Steiner said the decision had "
        "been taken with 'a heavy heart'. Mazepin said he was 'very disappointed' and had been willing to "
        "accept the conditions set by the FIA to race under a neutral flag. Danish driver Kevin Magnussen, "
        "who drove for Haas until 2020, was recalled to replace him. The team's cars will run in a plain "
        "white livery at pre-season testing.",
        "sport",
    ),
    (
        "Sanctions compliance start-up raises $40 million as banks battle a flood of new listings",
        "Sentra Screening, a New York start-up that screens customers against sanctions and export control "
        "lists, has raised $40 million from investors led by a Silicon Valley venture fund, the company "
        "said on Tuesday. Banks, shipping companies and exporters are spending heavily to keep up with the "
        "thousands of names that the United States, the EU and Britain have added to their lists since "
        "2022. 'Our clients are fighting a war on two fronts: more rules and fewer staff,' chief executive "
        "Maya Oduya said. The company uses machine learning to cut false alerts, which it says can "
        "make up 95% of hits in traditional systems. It plans to double its workforce and open an office "
        "in London. Rivals include established data providers and dozens of newer firms.",
        "other",
    ),
    (
        "Sanctions lawyers command record pay as demand outstrips supply",
        "Lawyers who specialise in sanctions and export controls are commanding record salaries in London, "
        "Washington and Brussels as companies struggle to keep pace with new rules, recruiters say. Pay for "
        "senior associates in the field has risen by about 30% since 2022, and some firms are paying "
        "signing bonuses to lure compliance officers from banks. 'It used to be a niche practice. Now every "
        "general counsel wants one on speed dial,' said a partner at a City recruitment firm. Universities "
        "have launched short courses in trade controls, and Britain's Office of Financial Sanctions "
        "Implementation says its staff numbers have more than doubled. Trade bodies complain that smaller "
        "exporters cannot afford the advice they need. The shortage is most acute in Germany and the "
        "Netherlands, which have large machine-tool industries.",
        "other",
    ),
    (
        "Australian universities warn new defence trade rules could chill research",
        "Australian universities warned on Monday that new defence trade controls passed by parliament "
        "could force researchers to seek permits before sharing work with colleagues from many countries. "
        "The law, part of the AUKUS pact with the United States and Britain, creates a licence-free zone "
        "for trade in military technology among the three countries but tightens rules for everyone else. "
        "Universities Australia said academics in fields such as quantum computing, hypersonics and "
        "advanced materials could face penalties of up to ten years in prison for unlicensed transfers. "
        "Defence Minister Richard Marles said the government had listened to concerns and added "
        "exemptions for basic research. The changes take effect in September. Several vice-chancellors "
        "said they would set up compliance offices to advise staff.",
        "other",
    ),
]
