"""dev315 negatives: sport, commercial, accident, disaster, military, screen, health and other
legal battles."""

NEGATIVES = [
    (
        "CAS bans Russian skater Valieva for four years",
        (
            "The Court of Arbitration for Sport banned the Russian figure skater Kamila Valieva for "
            "four years on Monday for doping, nearly two years after her positive test overshadowed "
            "the Beijing Winter Olympics. The court in Lausanne ruled that Valieva, who was 15 at "
            "the time, had committed an anti-doping rule violation after testing positive for the "
            "heart drug trimetazidine in December 2021. The ban is backdated, so she will be able to "
            "compete again from the end of 2025. The decision strips Valieva of her results from the "
            "Games, putting in doubt the team event medals won by Russia. Her lawyers had argued "
            "that the substance came from contamination by her grandfather's medication. The Kremlin "
            "called the decision politically motivated. The World Anti-Doping Agency welcomed the "
            "ruling but said the adults around the skater should be held to account. The "
            "International Skating Union is expected to reallocate the medals."
        ),
        "sport",
    ),
    (
        "EU court rules UEFA abused dominance in Super League battle",
        (
            "The European Union's top court ruled on Thursday that UEFA and FIFA had abused their "
            "dominant position by blocking the creation of the breakaway Super League, a decision "
            "the project's backers hailed as the end of a monopoly. The Court of Justice said the "
            "governing bodies' rules requiring prior approval for new competitions were not subject "
            "to transparent and non-discriminatory criteria. However, it said its ruling did not "
            "mean the Super League itself must be approved. A22, the company behind the competition, "
            "immediately unveiled a new format of 64 men's teams. UEFA said the ruling did not "
            "endorse the Super League and that it remained confident in its rules. Premier League "
            "clubs quickly restated their opposition. The battle over the future of European "
            "football is likely to move back to national courts in Madrid."
        ),
        "sport",
    ),
    (
        "Manchester City and Premier League resume legal war over sponsorship rules",
        (
            "Manchester City and the Premier League traded fresh blows on Monday as an arbitration "
            "panel heard the club's second challenge to the league's rules on commercial deals with "
            "companies linked to club owners. City argue that the amended rules, passed in November, "
            "are still unlawful and discriminate against clubs owned by Gulf states. The league says "
            "the rules protect the competitiveness of the competition. The case is separate from the "
            "115 charges of alleged financial breaches that City deny, on which an independent "
            "commission has yet to rule. Several clubs have submitted witness statements backing the "
            "league. City's chief executive said the club was defending itself \"with every means "
            'available". The hearing is expected to last two weeks, behind closed doors. Any ruling '
            "could reshape how clubs raise money from sponsors."
        ),
        "sport",
    ),
    (
        "Twelve England fans jailed over Wembley final disorder",
        (
            "Twelve men have been jailed for between six and 20 months for their part in the "
            "disorder at Wembley Stadium during the Euro 2020 final, when thousands of ticketless "
            "fans forced their way through gates. Judges at Willesden and Harrow Crown Courts heard "
            "that some of the men had kicked stewards and climbed over barriers before the match "
            "against Italy. An independent review found that the day had come close to causing "
            "deaths or serious injuries. The Metropolitan Police said 86 people had been arrested in "
            "connection with the events and that more charges were expected. The Football "
            "Association was fined 100,000 euros by UEFA and ordered to play a match behind closed "
            "doors. One defendant told the court he had been drinking since the early morning. "
            "Football banning orders were imposed on all twelve."
        ),
        "sport",
    ),
    (
        "US judge rules Google illegally monopolised search",
        (
            "A federal judge in Washington ruled on Monday that Google had illegally maintained a "
            "monopoly in online search, handing the government its biggest antitrust victory against "
            "a technology company in two decades. Judge Amit Mehta said Google had paid billions of "
            "dollars to Apple, Samsung and others to make its search engine the default on their "
            'devices, shutting out rivals. "Google is a monopolist, and it has acted as one to '
            'maintain its monopoly," he wrote. The company, which says people use its product '
            "because it is the best, said it would appeal. The ruling does not set remedies, which "
            "will be decided at a later hearing and could range from banning the default payments to "
            "breaking up the business. The decision came as rivals wage a price war in artificial "
            "intelligence tools. Shares of Alphabet fell 4.5% on the news."
        ),
        "economy",
    ),
    (
        "Hong Kong court orders liquidation of Evergrande",
        (
            "A Hong Kong court ordered the liquidation of China Evergrande on Monday, saying the "
            "property developer had failed to produce a viable restructuring plan after more than 18 "
            'months of delays. Judge Linda Chan said it was "time for the court to say enough is '
            'enough". Evergrande, which has more than 300 billion dollars in liabilities, became the '
            "face of China's property crisis when it defaulted in 2021. Shares in the company were "
            "suspended in Hong Kong after falling more than 20%. The liquidators are expected to "
            "face a legal battle to seize assets on the mainland, where courts have limited mutual "
            "recognition arrangements with Hong Kong. Creditors led by Top Shine Global had filed "
            "the petition in 2022. The company said it would continue to operate and deliver homes "
            "to buyers. Analysts said the ruling could encourage other creditors to take action."
        ),
        "economy",
    ),
    (
        "Dangote drops lawsuit against NNPC in Nigeria refinery dispute",
        (
            "The Dangote refinery has withdrawn a lawsuit against Nigeria's state oil company and "
            "the regulator, ending a months-long court fight over import licences that it said "
            "threatened its 20 billion dollar project. The refinery had sought 100 billion naira in "
            "damages, accusing the defendants of allowing the import of cheap, low-quality fuel that "
            "undercut its products. The Federal High Court in Abuja was informed of the withdrawal "
            'on Monday, lawyers said. Industry analysts described the dispute as a "turf war" over '
            "the domestic fuel market after the removal of petrol subsidies. The refinery, the "
            "largest in Africa with capacity of 650,000 barrels a day, began producing petrol last "
            "year. The regulator said it welcomed an amicable settlement. Prices at the pump have "
            "fallen in recent weeks as competition increased."
        ),
        "economy",
    ),
    (
        "Tempi train crash trial opens with 36 defendants",
        (
            "The trial of 36 people over Greece's deadliest train crash opened in Larissa on Monday, "
            "nearly three years after a passenger train collided head-on with a freight train near "
            "the Tempi valley, killing 57 people, many of them students. The defendants, including "
            "the station master on duty that night and senior officials of the railway and its "
            "operator, face charges ranging from disrupting transport safety to negligent homicide. "
            "Relatives of the victims filled a converted conference hall used as a courtroom, and "
            "some held pictures of their children. The station master has admitted to an error but "
            "said he had been put in charge of a busy line with little training. A report by "
            "investigators found that the signalling and remote-control systems had never been "
            "completed. Mass protests over the handling of the disaster last year accused the "
            "government of a cover-up. The trial is expected to last more than a year."
        ),
        "accident",
    ),
    (
        "Grenfell inquiry blames decades of failure for tower fire deaths",
        (
            "The public inquiry into the Grenfell Tower fire concluded on Wednesday that the 72 "
            "deaths in the 2017 blaze were all avoidable and the result of decades of failure by "
            "government, regulators and the construction industry. The final report said the "
            'cladding firms had engaged in "systematic dishonesty" to sell combustible panels, and '
            "that the government had ignored warnings about the risks of such materials. Sir Martin "
            "Moore-Bick, the inquiry's chairman, said the fire service had been poorly prepared and "
            "slow to abandon its stay-put advice. The prime minister apologised to survivors on "
            "behalf of the state. The Metropolitan Police said charging decisions were not expected "
            "before the end of 2026. Survivors said the report confirmed what they had known for "
            "seven years. The inquiry heard from more than 300 witnesses."
        ),
        "accident",
    ),
    (
        "Bitar revives stalled port explosion inquiry with new charges",
        (
            "The judge investigating the 2020 Beirut port explosion charged two former ministers and "
            "a former security chief on Monday, reviving an inquiry that had been stalled for more "
            "than two years by legal challenges. Tarek Bitar summoned the officials for questioning "
            "next month, judicial sources said, after the new prosecutor-general lifted an order "
            "that had barred cooperation with him. The explosion of hundreds of tonnes of ammonium "
            "nitrate stored at the port killed more than 220 people, injured thousands and "
            "devastated large parts of the capital. Families of the victims, who have held monthly "
            "vigils outside the Justice Palace, welcomed the move. Several of those charged have "
            "previously refused to appear, citing immunity. The new president and prime minister "
            "have pledged to let the investigation proceed. Bitar is expected to issue an indictment "
            "by the end of the year."
        ),
        "accident",
    ),
    (
        "Turkish court jails hotel owner over Isias collapse in quake",
        (
            "A court in Adiyaman sentenced the owner of the Isias Hotel to 18 years in prison on "
            "Tuesday over the building's collapse in the February 2023 earthquakes, which killed 72 "
            "people, including a volleyball team of schoolchildren from northern Cyprus. The court "
            "found that the hotel had been built with poor-quality concrete and that extra floors "
            "had been added without proper permits. Ten other defendants, including engineers and "
            "the owner's relatives, received sentences of up to 13 years. Families of the children, "
            "who had travelled from Cyprus for every hearing, said the penalties were too light. "
            "More than 53,000 people were killed in Turkey by the quakes, and prosecutors have "
            "opened thousands of investigations into building collapses. Critics say officials who "
            "approved the construction have largely escaped trial. The defendants can appeal. The "
            "children's coach and several parents were also among the dead. Turkey's justice "
            "ministry said 1,854 people had been detained over collapsed buildings in the 11 "
            "provinces hit by the quakes, and that about 260 were in pre-trial detention. In "
            "Adiyaman alone, more than 200 buildings that had been legally registered collapsed. "
            "Engineering associations say lax enforcement and repeated amnesties for illegal "
            "construction left millions of people in unsafe homes."
        ),
        "disaster",
    ),
    (
        "Libyan court jails 12 officials over Derna dam collapse",
        (
            "A criminal court in Derna sentenced 12 officials to between nine and 27 years in prison "
            "on Sunday over the collapse of two dams that unleashed a flood on the eastern Libyan "
            "city in September, killing thousands of people. The attorney-general's office said the "
            "defendants, who managed water resources and dams, had failed to carry out maintenance "
            "despite repeated warnings and had misused funds allocated for repairs. Four were "
            "acquitted. Storm Daniel brought torrential rain to eastern Libya, and the dams burst in "
            "the night, sweeping whole neighbourhoods into the sea. The official death toll stands "
            "at more than 4,000, with thousands more missing. The administration in the east, which "
            "is not internationally recognised, has promised to rebuild the city. Residents said "
            "those responsible at the highest level had not been brought to account."
        ),
        "disaster",
    ),
    (
        "High Court rejects challenge to UK exports of F-35 parts",
        (
            "The High Court in London on Monday dismissed a legal challenge to the British "
            "government's decision to continue supplying components for F-35 fighter jets to the "
            "global pool used by Israel, ruling that the matter was one for ministers, not judges. "
            "The Palestinian rights group Al-Haq had argued that the exemption breached Britain's "
            "export-control criteria and international law. The judges said the courts were not the "
            "appropriate body to assess whether Israel's conduct complied with international "
            "humanitarian law, and that ministers had weighed the effect on the F-35 programme and "
            "NATO. The government suspended some export licences to Israel last year but carved out "
            "the F-35 parts, which are made by British firms and shipped to a global supply chain. "
            "Al-Haq said it was considering an appeal. Defence industry groups welcomed the ruling. "
            "About 15% of each F-35 is made in Britain."
        ),
        "military",
    ),
    (
        "Supreme Court ends Haredi exemption, orders seminary students drafted",
        (
            "Israel's Supreme Court ruled unanimously on Tuesday that the army must begin drafting "
            "ultra-Orthodox Jewish seminary students and that state funding for seminaries whose "
            "students evade service must stop. The nine-judge panel said there was no legal basis "
            "for the exemption that has allowed tens of thousands of young Haredi men to avoid "
            "military service for decades. The military has said it could take about 3,000 of them "
            "in the coming year. Ultra-Orthodox parties in the governing coalition denounced the "
            "ruling and said studying the Torah was a sacred duty. The issue has become more "
            "pressing as the army seeks more soldiers and extends reservists' service. The attorney "
            "general said the defence ministry would need to present a plan. Secular Israelis who "
            "had petitioned the court celebrated the decision."
        ),
        "military",
    ),
    (
        "Judge rules Call of Duty may show Humvees without a licence",
        (
            "A federal judge in New York ruled on Tuesday that Activision could depict Humvee "
            "military vehicles in its Call of Duty video games without paying the manufacturer, AM "
            "General, for a licence. Judge George Daniels said the games were expressive works and "
            "that the vehicles' appearance served an artistic purpose of realism in simulated "
            "warfare. AM General had sued for trademark infringement, arguing that players would "
            "believe it endorsed the franchise. The judge said the use did not explicitly mislead "
            "consumers. The company had previously licensed the Humvee to toy makers and other game "
            "studios. Lawyers said the ruling was an important protection for creators who depict "
            "real-world objects. Call of Duty, one of the best-selling game series ever, has sold "
            "hundreds of millions of copies."
        ),
        "entertainment",
    ),
    (
        "Judge throws out Drake's defamation suit over Kendrick Lamar diss track",
        (
            "A federal judge in New York on Thursday dismissed Drake's defamation lawsuit against "
            'Universal Music Group over Kendrick Lamar\'s song "Not Like Us", ending the latest '
            "chapter of hip-hop's most bitter feud. Drake had argued that the label knowingly "
            "promoted a track that falsely accused him of paedophilia. Judge Jeannette Vargas wrote "
            "that a reasonable listener would understand the song as part of a rap battle full of "
            "hyperbole, not a statement of fact. Lamar was not a party to the case. The track won "
            "five Grammy awards and was performed at the Super Bowl half-time show. Drake's lawyers "
            "said they would appeal. Universal said the suit was an insult to artists everywhere and "
            "should never have been filed. Music industry lawyers had warned that a win for Drake "
            "could have chilled the long tradition of diss tracks, in which rappers trade insults on "
            "record."
        ),
        "entertainment",
    ),
    (
        "Court backs AstraZeneca vaccine injury claims move to trial",
        (
            "A High Court judge in London ruled on Friday that a group claim against AstraZeneca by "
            "people who say they were harmed by its Covid-19 vaccine could proceed, rejecting the "
            "company's request to have several claims struck out. More than 50 claimants, including "
            "relatives of people who died of rare blood clots after vaccination, allege the product "
            "was defective under consumer protection law. AstraZeneca admitted in court papers last "
            "year that the vaccine could in very rare cases cause thrombosis with thrombocytopenia "
            "syndrome. The company says the vaccine saved millions of lives and that patient safety "
            "is its highest priority. Lawyers for the families said the government's vaccine damage "
            "payment scheme was inadequate. The case is expected to be heard next year."
        ),
        "health",
    ),
    (
        "India's courts switch to new criminal codes",
        (
            "India's courts began applying three new criminal laws on Monday, replacing the "
            "colonial-era Indian Penal Code, the Code of Criminal Procedure and the Evidence Act. "
            "The government says the new codes will speed up trials, with deadlines for charge "
            "sheets and judgments, and allow electronic summons and video-recorded searches. Cases "
            "registered before Monday will continue under the old laws, meaning that judges and "
            "lawyers will have to work with two systems for years. Opposition parties said the laws "
            "were passed without proper debate while dozens of their MPs were suspended from "
            "parliament. Lawyers' groups warned of confusion in police stations, where officers have "
            "been trained in recent weeks. The home minister said the reforms put justice, not "
            "punishment, at the heart of the system. The first case under the new codes was "
            "registered against a street vendor in Delhi."
        ),
        "other",
    ),
]
