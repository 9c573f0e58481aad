"""dev315 negatives: constitutional, political, commercial, sport and other legal battles."""

NEGATIVES = [
    (
        "ICC judges find Mongolia failed to arrest Putin during state visit",
        (
            "Judges at the International Criminal Court ruled on Thursday that Mongolia had breached "
            "its obligations by failing to arrest Vladimir Putin when the Russian president visited "
            "Ulaanbaatar in September, and referred the matter to the court's Assembly of States "
            "Parties. Putin has been the subject of an ICC arrest warrant since March 2023 over the "
            "alleged unlawful deportation of children from occupied parts of Ukraine. Mongolia, "
            "which relies on Russia for most of its fuel and much of its electricity, had argued "
            "that it was bound by a policy of neutrality and that immunity for heads of state "
            "applied. The pre-trial chamber rejected that argument, saying members of the court "
            "could not invoke it for the accused. The finding carries no sanctions beyond the "
            "referral. Russia, which is not a member of the court, dismisses the warrant as void. "
            "Legal analysts said the ruling would be watched by other states expecting visits from "
            "the Russian leader."
        ),
        "politics",
    ),
    (
        "Hungary quits ICC as Netanyahu visits Budapest",
        (
            "Hungary announced on Thursday that it would withdraw from the International Criminal "
            "Court, hours after Prime Minister Benjamin Netanyahu arrived in Budapest on a visit "
            "that defied the court's arrest warrant for him. Viktor Orban's chief of staff said the "
            "government would begin the procedure for leaving, which takes effect a year after the "
            'United Nations is notified. Orban called the court "political" and said its decisions '
            "had undermined its credibility. The ICC issued warrants for Netanyahu and his former "
            "defence minister last November, saying there were reasonable grounds to believe they "
            "bore responsibility for war crimes. Hungary was a founding member of the court and "
            "ratified its statute in 2001. The ICC's presidency said in a statement that states "
            "remained bound to cooperate while they were members. Netanyahu thanked Orban for a "
            '"bold and principled" decision. Human rights groups said the move weakened the court at '
            "a time of unprecedented pressure from Washington."
        ),
        "politics",
    ),
    (
        "Justices unanimously strike down Sunak's Rwanda deportation scheme",
        (
            "Britain's Supreme Court ruled unanimously on Wednesday that the government's plan to "
            "send asylum seekers to Rwanda was unlawful, dealing a major blow to Prime Minister "
            "Rishi Sunak's promise to stop small boats crossing the Channel. The five justices "
            "agreed with the Court of Appeal that there was a real risk that people sent to Rwanda "
            "would be returned to countries where they could face ill-treatment. Lord Reed, the "
            "court's president, said the Rwandan asylum system had shortcomings that had not been "
            "fixed. Sunak said he would introduce emergency legislation declaring Rwanda a safe "
            "country and negotiate a new treaty with Kigali. Several Conservative MPs demanded that "
            "Britain leave the European Convention on Human Rights. No asylum seeker has yet been "
            "flown to Rwanda under the scheme, which has cost at least 140 million pounds. The "
            "Rwandan government said it took issue with the ruling that it was not a safe country."
        ),
        "politics",
    ),
    (
        "US Supreme Court grants Trump broad immunity from prosecution",
        (
            "The US Supreme Court ruled on Monday that former presidents have broad immunity from "
            "prosecution for official acts, a landmark decision that is likely to delay Donald "
            "Trump's trial on charges of plotting to overturn the 2020 election. The 6-3 ruling, "
            "written by Chief Justice John Roberts, said presidents were absolutely immune for "
            "actions within their core constitutional powers and presumptively immune for other "
            "official acts. It sent the case back to the trial judge to decide which of the "
            "allegations in the indictment concern unofficial conduct. In a sharp dissent, Justice "
            'Sonia Sotomayor wrote that the president was now "a king above the law". Trump called '
            'the ruling a "big win for our constitution and democracy". The special counsel\'s case '
            "centres on Trump's efforts before the January 6 riot at the Capitol. The legal battle "
            "is all but certain to stretch beyond the November election."
        ),
        "politics",
    ),
    (
        "Brazil's Supreme Court convicts Bolsonaro of plotting coup",
        (
            "Brazil's Supreme Federal Court on Thursday convicted former President Jair Bolsonaro of "
            "plotting a coup to remain in power after losing the 2022 election, sentencing him to 27 "
            "years and three months in prison. A panel of five justices voted four to one to convict "
            "him of five charges, including attempting to abolish the democratic rule of law and "
            "leading an armed criminal organisation. Prosecutors said the plot included plans to "
            "assassinate President Luiz Inacio Lula da Silva and culminated in the storming of "
            "government buildings in Brasilia by his supporters on 8 January 2023. Bolsonaro, who is "
            "under house arrest, denies wrongdoing and says he is the victim of political "
            "persecution. Seven allies, including former ministers and military commanders, were "
            "also convicted. The US government, which had imposed tariffs on Brazil partly over the "
            "case, condemned the verdict. His lawyers said they would appeal."
        ),
        "politics",
    ),
    (
        "South Korea's Constitutional Court removes Yoon from office",
        (
            "South Korea's Constitutional Court on Friday unanimously upheld parliament's "
            "impeachment of President Yoon Suk Yeol over his brief declaration of martial law in "
            "December, removing him from office and triggering an election within 60 days. Acting "
            "Chief Justice Moon Hyung-bae said Yoon had violated the constitution by deploying "
            "troops and police to the National Assembly to stop lawmakers from voting down the "
            'decree. "The defendant betrayed the trust of the people," he said as the eight justices '
            "delivered the ruling live on television. Crowds of Yoon's opponents outside the court "
            "cheered and wept, while his supporters gathered a few streets away under heavy police "
            "watch. Yoon said he was sorry he had not lived up to expectations. He still faces a "
            "separate criminal trial on charges of leading an insurrection. Police had deployed "
            "about 14,000 officers around the court, and no serious incidents were reported."
        ),
        "politics",
    ),
    (
        "ICJ begins hearings in Guyana-Venezuela border case",
        (
            "The International Court of Justice began hearings on Monday in Guyana's case against "
            "Venezuela over the Essequibo region, a long-running border dispute that flared after "
            "Caracas held a referendum claiming the oil-rich territory. Guyana asked the court to "
            "confirm that an 1899 arbitration award fixing the border is valid and binding. "
            "Venezuela, which says the award was the product of a conspiracy between Britain and "
            "Russia, argues that a 1966 agreement requires a negotiated settlement. Guyana's foreign "
            "minister told the judges that Venezuela's actions were \"a threat to the peace and "
            "security of the region\". Venezuela's delegation did not attend the first session. The "
            "Essequibo covers about two-thirds of Guyana's territory and lies next to offshore "
            "blocks where ExxonMobil has made large oil discoveries. Both governments agreed in 2023 "
            "not to use force. A ruling could take months."
        ),
        "politics",
    ),
    (
        "Duterte flown to The Hague after arrest on ICC warrant over drug war",
        (
            "Former Philippine President Rodrigo Duterte was flown to The Hague on Tuesday night "
            "after being arrested in Manila on a warrant from the International Criminal Court "
            "accusing him of crimes against humanity over his war on drugs. Duterte, 79, was "
            "detained at Manila's airport on his return from Hong Kong and put on a chartered plane "
            "hours later, despite his lawyers' attempts to block the transfer at the Supreme Court. "
            "The court's prosecutors allege that he created and oversaw death squads that killed "
            "thousands of suspected drug users and dealers, first as mayor of Davao and then as "
            "president from 2016. Police figures acknowledge more than 6,000 deaths in anti-drug "
            "operations; rights groups say the real number is far higher. The Philippines left the "
            "ICC in 2019, but the court says it retains jurisdiction over crimes committed while the "
            "country was a member. President Ferdinand Marcos Jr said his government had acted under "
            "its commitments to Interpol. Duterte's daughter, the vice-president, called the arrest "
            "an abduction."
        ),
        "politics",
    ),
    (
        "Just Stop Oil co-founder jailed for five years over motorway protest plot",
        (
            "A London judge on Thursday sentenced the Just Stop Oil co-founder Roger Hallam to five "
            "years in prison for conspiring to cause a public nuisance by organising protests that "
            "brought the M25 motorway to a standstill in 2022. Four other activists received four "
            "years each, the longest sentences handed down for non-violent protest in Britain in "
            "modern times. The five had spoken on a Zoom call about recruiting people to climb "
            "gantries over the motorway, causing traffic jams over four days. Judge Christopher "
            'Hehir said they had "crossed the line from concerned campaigner to fanatic". Supporters '
            'sang outside Southwark Crown Court, and several held banners reading "Climate is not a '
            'crime". A UN special rapporteur said the sentences were a dark day for peaceful '
            "protest. Lawyers for the activists said they would appeal. The government said the "
            "courts acted independently. The case was the first in which organisers were jailed for "
            "a conspiracy rather than for taking part in a protest themselves. Hallam has been "
            "jailed before for earlier campaigns by Extinction Rebellion, which he also co-founded. "
            "Thousands of people signed an open letter by lawyers and academics calling for the "
            "sentences to be reviewed. One of the jailed activists, a 22-year-old student, blew a "
            "kiss to her parents as she was taken down."
        ),
        "protest",
    ),
    (
        "Silent vigil outside Hong Kong court as 45 democrats sentenced",
        (
            "A handful of supporters stood in silence outside the West Kowloon courts on Tuesday as "
            "45 pro-democracy figures were sentenced to up to ten years in prison under the national "
            "security law, in the largest such case since the law was imposed. The legal scholar "
            "Benny Tai received the longest sentence, ten years, for organising an unofficial "
            "primary election in 2020 that prosecutors said was a plot to paralyse the government. "
            "Others, including former lawmakers and young activists, received terms ranging from "
            "four years and two months upwards. Hundreds of people queued overnight for seats in the "
            'public gallery. A woman who held up a placard reading "Stand with Hong Kong" outside '
            "the building was led away by police, and was later released. Western governments "
            "condemned the sentences. Beijing's office in the city said the defendants had sought to "
            '"subvert state power" and deserved punishment.'
        ),
        "protest",
    ),
    (
        "Tens of thousands march outside Israel's Supreme Court before overhaul hearing",
        (
            "Tens of thousands of Israelis marched to the Supreme Court in Jerusalem on Monday "
            "night, on the eve of an unprecedented hearing in which all 15 justices will consider a "
            "law limiting their own powers. Demonstrators waved blue-and-white flags and chanted "
            '"democracy" as they filled the streets around the court, in the latest of months of '
            "weekly protests against the government's judicial overhaul. Police reported no arrests. "
            "Organisers said reservists, high-tech workers and doctors had joined the march. Prime "
            "Minister Benjamin Netanyahu's coalition passed the law in July, abolishing the court's "
            'ability to strike down government decisions it deems "unreasonable". Justice Minister '
            "Yariv Levin warned that the court had no authority to review a Basic Law. Legal "
            "analysts said a ruling against the government could open a constitutional crisis. The "
            "hearing, broadcast live, is expected to last all day."
        ),
        "protest",
    ),
    (
        "Lawyers in black robes march on Nairobi courts over attacks on judiciary",
        (
            "Hundreds of lawyers in black gowns marched through central Nairobi on Tuesday to defend "
            "the independence of the judiciary after politicians attacked judges who had blocked "
            "several government projects. The Law Society of Kenya led the procession from the "
            "Supreme Court to the offices of the attorney general, where it delivered a petition. "
            'Marchers carried placards reading "Hands off our courts" and sang hymns. Police '
            "escorted the procession and there were no incidents. President William Ruto had accused "
            "some judges of colluding with the opposition to sabotage his programmes, including a "
            "housing levy. The Chief Justice, Martha Koome, said threats against judicial officers "
            "would not be tolerated. The society said it would boycott courts for a day if the "
            "attacks continued."
        ),
        "protest",
    ),
    (
        "Pakistani lawyers boycott courts after judges' transfers",
        (
            "Lawyers across Punjab and Sindh boycotted court proceedings on Thursday in protest at "
            "the transfer of three judges to the Islamabad High Court, which bar associations say "
            "was meant to change the court's balance before politically sensitive cases. Hearings "
            "were adjourned in hundreds of cases in Lahore, Karachi and Multan, and lawyers held a "
            "sit-in outside the Lahore High Court. The Pakistan Bar Council said the government was "
            "packing the courts through the 26th constitutional amendment. Government ministers said "
            "the transfers followed proper procedure and accused lawyers of playing politics. "
            "Several senior advocates addressed the gathering, which ended peacefully in the "
            "afternoon. The strike is the third this year. The bar councils said they would decide "
            "on further action at a convention next week."
        ),
        "protest",
    ),
    (
        "Colombia's peace court hands first sentences to former FARC leaders",
        (
            "Colombia's transitional justice tribunal on Tuesday handed down its first sentences, "
            "ordering seven former commanders of the FARC guerrilla group to carry out eight years "
            "of restorative work for kidnapping thousands of people during the armed conflict. The "
            "Special Jurisdiction for Peace, created by the 2016 peace agreement, said the former "
            "leaders, including Rodrigo Londono, would take part in projects such as searching for "
            "the disappeared and removing landmines, under restrictions on their movement but "
            "without prison. The court found them responsible for more than 21,000 kidnappings "
            "between 1990 and 2016. Some victims' groups said the sentences were too lenient, while "
            "others welcomed an acknowledgement of the truth. The former commanders have accepted "
            "responsibility and apologised in public hearings. The tribunal is also investigating "
            "killings of civilians by the army that were presented as combat deaths. It is expected "
            "to hand down sentences in that case next year."
        ),
        "peace",
    ),
    (
        "Armenia and Azerbaijan withdraw cases against each other at world court",
        (
            "Armenia and Azerbaijan have formally withdrawn their cases against each other at the "
            "International Court of Justice and other international bodies, fulfilling a condition "
            "of the peace agreement initialled in Washington in August. The two countries had "
            "accused each other of racial discrimination in rival cases at the court under a UN "
            "convention. A joint statement said the withdrawals covered claims before arbitral "
            "tribunals and the European Court of Human Rights. The peace agreement, which still "
            "needs to be signed and ratified, would establish diplomatic relations and open "
            "transport links, including a route across southern Armenia. Baku has demanded that "
            "Armenia change its constitution to remove what it considers territorial claims. "
            "Officials from both countries said border commissions would resume talks this month. "
            "The court confirmed it had removed the cases from its list."
        ),
        "peace",
    ),
    (
        "Philippine Supreme Court keeps Sulu out of Bangsamoro region",
        (
            "The Philippine Supreme Court on Monday ruled that Sulu province is not part of the "
            "Bangsamoro Autonomous Region in Muslim Mindanao because its voters rejected the "
            "region's founding law in a 2019 plebiscite. The court upheld the rest of the Bangsamoro "
            "Organic Law, which implements the 2014 peace agreement between the government and the "
            "Moro Islamic Liberation Front. The ruling reduces the number of seats in the regional "
            "parliament ahead of its first elections, which had been scheduled for next year. The "
            "region's chief minister said the decision respected the will of the people of Sulu but "
            "would complicate preparations. Former rebels who now run the interim government said "
            "they remained committed to the peace process. The decommissioning of MILF combatants is "
            "in its final phase. Sulu's governor welcomed the ruling."
        ),
        "peace",
    ),
    (
        "Mozambique parliament passes amnesty for Renamo fighters after peace accord",
        (
            "Mozambique's parliament approved an amnesty law on Thursday covering crimes committed "
            "by government forces and Renamo fighters during clashes between 2014 and 2019, a key "
            "step in implementing the peace accord signed in August. The law was passed by the "
            "ruling Frelimo party and Renamo, while the third-largest party voted against it, saying "
            "it fostered impunity. The accord provides for the disarmament and reintegration of more "
            "than 5,000 Renamo fighters and for decentralisation of power to the provinces. The "
            "Constitutional Council is expected to review the law before it takes effect. Renamo's "
            "leader, Ossufo Momade, said the amnesty would allow the former rebels to return to "
            "normal life. Human rights lawyers said victims had not been consulted. The first group "
            "of fighters handed over weapons at a camp in Sofala province in July."
        ),
        "peace",
    ),
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
