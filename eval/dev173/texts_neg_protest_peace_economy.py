"""dev173 hard negatives: strikes, marches and boycotts over the courts
(`hard_negative_protest_peaceful`), transitional justice and peace deals (`hard_negative_peace`),
and business cases (`hard_negative_economy`)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Mexico's federal court workers strike against judicial overhaul",
        "Thousands of employees of Mexico's federal judiciary walked off the job on "
        "Monday in protest against a constitutional reform that would have all "
        "judges elected by popular vote, halting most hearings in federal courts "
        "across the country. Clerks, secretaries and some judges marched through "
        "Mexico City's Paseo de la Reforma carrying banners reading \"Without "
        'judicial independence there is no democracy" and handing out leaflets to '
        "passers-by. The union of judicial workers said 55,000 of the federal "
        "judiciary's employees had joined the strike, which it said would continue "
        "until Congress dropped the bill. Judges' associations argue the reform, "
        "proposed by outgoing president Andrés Manuel López Obrador, will put the "
        "courts under the control of the ruling Morena party and expose candidates "
        "to pressure from organised crime. The government says the judiciary is "
        "corrupt and serves the interests of the powerful. Urgent cases, including "
        "those involving detainees and protection orders, are being handled by "
        "skeleton staff. Protesters held a sit-in outside the Senate in the evening, "
        "where a debate on the bill is due this week. Some of the judges wore their "
        "robes at the march, and retired Supreme Court justices joined the front of "
        "the procession. The US ambassador's criticism of the reform prompted López "
        'Obrador to "pause" relations with the embassy.',
        "protest",
    ),
    (
        "Judges in robes march through Warsaw in defence of court independence",
        "WARSAW (AFP) - Thousands of judges from across Europe, many wearing their "
        "robes, marched in silence through Warsaw on Saturday to protest against a "
        "Polish government bill that would allow judges to be disciplined for "
        'criticising its judicial reforms. The "March of a Thousand Robes" was '
        "joined by delegations from more than 20 countries, and crowds lined the "
        "streets to applaud the judges as they walked from the Supreme Court to the "
        "parliament. Organisers said about 30,000 people took part, including "
        "lawyers, prosecutors and members of the public carrying Polish and EU "
        'flags. The bill, dubbed the "muzzle law" by critics, would let a '
        "disciplinary chamber fine, demote or dismiss judges who question the "
        "legitimacy of judges appointed under the ruling Law and Justice party's "
        "changes. The government says the reforms are needed to root out corruption "
        "and communist-era holdovers. The European Commission has warned that the "
        'bill could breach EU law. "We are here because judges in Poland are being '
        'persecuted for applying European law," said a judge from Kraków. The march '
        "ended with the national anthem.",
        "protest",
    ),
    (
        "Lawyers boycott courts across Punjab against constitutional amendment",
        "LAHORE: Lawyers across Punjab on Thursday boycotted court proceedings and "
        "held protest meetings against the 26th Constitutional Amendment, which "
        "gives Parliament a role in appointing the Chief Justice of Pakistan and "
        "creates constitutional benches in the superior courts. The strike call, "
        "given by the Punjab Bar Council, was observed in the Lahore High Court and "
        "district courts in most cities, where hundreds of cases were adjourned. At "
        "the Lahore High Court Bar Association, speakers said the amendment had "
        '"clipped the wings" of the judiciary and vowed to continue the movement '
        "until it was withdrawn. A rally led by bar leaders marched peacefully from "
        "the high court to the Punjab Assembly on Mall Road and dispersed after "
        "speeches. Litigants who had travelled from other districts complained that "
        "their hearings had been postponed for months. The federal law minister said "
        "the amendment had been passed by a two-thirds majority and that lawyers "
        "should take their objections to Parliament. Bar associations in Sindh and "
        "Khyber Pakhtunkhwa have announced similar strikes next week. The Pakistan "
        "Bar Council has not yet joined the call.",
        "protest",
    ),
    (
        "Just Stop Oil activists jailed for plotting to block M25",
        "Five Just Stop Oil activists have been jailed for between four and five "
        "years for conspiring to cause a public nuisance by planning to block the "
        "M25, in what campaigners called the longest sentences ever handed down in "
        "Britain for non-violent protest. Roger Hallam, a co-founder of the group, "
        "received five years, and four others received four years each, at Southwark "
        "crown court on Thursday. The five took part in a Zoom call in 2022 to "
        "recruit people to climb gantries over the motorway, which led to four days "
        "of disruption in which traffic was stopped and drivers missed flights and "
        "hospital appointments. Judge Christopher Hehir said the defendants had "
        '"crossed the line from campaigner to fanatic". Supporters held a silent '
        'vigil outside the court with placards bearing the words "Climate change is '
        'a crime". The UN special rapporteur on environmental defenders said the '
        'sentences were "dark days" for peaceful environmental protest. The '
        "defendants' lawyers said they would appeal. Just Stop Oil has said it will "
        "end its campaign of direct action on motorways.",
        "protest",
    ),
    (
        "Colombia's peace tribunal issues first sentences to former FARC leaders over kidnappings",
        "Colombia's Special Jurisdiction for Peace on Tuesday handed its first "
        "sentences to the seven members of the last secretariat of the FARC "
        "guerrilla for the kidnapping of more than 21,000 people during the armed "
        "conflict, ordering them to carry out eight years of restorative work rather "
        "than serve prison terms. The tribunal found that the former commanders, "
        "including Rodrigo Londoño, known as Timochenko, bore responsibility for a "
        "policy of abductions for ransom and for exchange that lasted for decades, "
        "and for the killings and abuses of hostages held in jungle camps. The seven "
        "had accepted their responsibility in public hearings, where former captives "
        "described being chained to trees for years. Among the witnesses were former "
        "soldiers and police officers held for more than a decade, and relatives of "
        "politicians who were killed in captivity in 2007. Ingrid Betancourt, the "
        "former presidential candidate held for six years, told one hearing that the "
        "commanders had never acknowledged the humiliation of the hostages. The "
        "court's order lists the projects where the former commanders must work and "
        "requires them to report on their progress every six months. Under the 2016 "
        "peace agreement, those who tell the truth and make reparation receive "
        '"special sanctions" of five to eight years with restrictions on their '
        "liberty. The former commanders will take part in projects such as searching "
        "for the disappeared, clearing landmines and building memorials. Some "
        "victims' groups criticised the sentences as too lenient, while others "
        "called them a milestone. President Gustavo Petro said the ruling showed "
        "that the peace process was working. The tribunal is expected to sentence "
        "army officers for extrajudicial executions next month.",
        "peace",
    ),
    (
        "Liberia's Senate approves war crimes court two decades after civil wars",
        "Liberia's Senate on Tuesday voted to back the establishment of a war crimes "
        "court to try those responsible for atrocities committed during the "
        "country's two civil wars, clearing the last legislative hurdle for a body "
        "that victims have demanded for almost 20 years. The resolution, already "
        "passed by the House of Representatives, asks President Joseph Boakai to "
        "work with the United Nations and international partners to set up the court "
        "and an anti-corruption tribunal. A Truth and Reconciliation Commission "
        "recommended in 2009 that a special court be created and named dozens of "
        "warlords and commanders it said should be prosecuted, some of whom became "
        "senators. Among them is former warlord Prince Johnson, who led the faction "
        "that captured and killed President Samuel Doe in 1990 and sat in the Senate "
        "until his death. Survivors' groups have documented massacres of civilians "
        "in churches and villages, the forced recruitment of children and widespread "
        "rape by all sides. About 250,000 people were killed in the wars between "
        "1989 and 2003. Until now, the only trials over Liberia's wars have taken "
        "place abroad, in Switzerland, France, Finland and the United States. Civil "
        "society groups cheered outside the Capitol in Monrovia. The president's "
        "office said funding and the court's seat would be discussed with donors. "
        "Justice Info reported that an executive order is expected to create an "
        "office to prepare the court within months.",
        "peace",
    ),
    (
        "Armenia and Azerbaijan agree to drop cases against each other at world court",
        "Armenia and Azerbaijan have agreed to withdraw the cases they filed against "
        "each other at the International Court of Justice and other international "
        "bodies, as part of the peace agreement initialled in Washington, the two "
        "countries' foreign ministries said on Monday. The two neighbours accused "
        "each other of racial discrimination in cases brought in 2021, after the war "
        "over Nagorno-Karabakh the previous year. Under the deal, both sides will "
        "ask the court in The Hague to remove the cases from its list within a month "
        "of the treaty's signing and will not bring new interstate claims. Armenia's "
        'foreign minister said the step showed that "the era of confrontation is '
        'over". Azerbaijan had made the withdrawal of international lawsuits a '
        "condition of the peace treaty, alongside a change to Armenia's "
        "constitution. Rights groups warned that dropping the cases should not mean "
        "ending efforts to establish the fate of people missing since the wars. The "
        "ICJ had ordered both countries in 2021 to prevent incitement of racial "
        "hatred. The agreement still has to be signed and ratified by both "
        "parliaments.",
        "peace",
    ),
    (
        "Hong Kong court orders liquidation of China Evergrande",
        "HONG KONG (Reuters) - A Hong Kong court on Monday ordered the liquidation "
        "of China Evergrande Group, the world's most indebted property developer, "
        "after the company failed to come up with a restructuring plan acceptable to "
        "creditors more than 18 months after it defaulted. The firm's shares were "
        "suspended in Hong Kong after the ruling. Justice Linda Chan said it was "
        '"appropriate" for the court to wind up the company, noting the lack of '
        'progress and a "total lack of any viable restructuring proposal". '
        "Evergrande has more than $300 billion in total liabilities and became the "
        "poster child of a property crisis that has dragged on China's economy. It "
        "remains unclear how far the liquidators will be able to seize assets on the "
        "mainland, where most of the group's projects are and where Hong Kong court "
        "orders are not automatically recognised. Hundreds of thousands of Chinese "
        "homebuyers have paid for apartments that have yet to be built.",
        "economy",
    ),
    (
        "Aircraft lessors win $1bn from insurers over jets stranded in Russia",
        "LONDON (Reuters) - A London judge ruled on Wednesday that insurers must pay "
        "more than $1 billion to aircraft lessors including AerCap over jets "
        "stranded in Russia after the invasion of Ukraine, in one of the largest "
        "aviation insurance cases ever heard. Judge Christopher Butcher found that "
        "the loss of the aircraft was covered by the war risks section of the "
        "lessors' policies rather than by their all-risks cover, a distinction that "
        "determined which insurers must pay. More than 400 jets leased to Russian "
        "airlines were left in the country when Western sanctions forced lessors to "
        "end their contracts in 2022, and Russia passed a law allowing the planes to "
        "be re-registered locally. The lessors argued that the aircraft were lost "
        "when Russia's government decided to keep them, which the judge said "
        'amounted to a "restraint or detention" by order of a government. Shares in '
        "several insurers fell after the ruling. Other lessors have settled with "
        "Russian airlines' insurers for about $2 billion. AerCap said it was pleased "
        "with the judgment, and the insurers said they were considering an appeal.",
        "economy",
    ),
    (
        'ACCC\'s "price war" claims against supermarkets go to trial in Federal Court',
        "The consumer watchdog's case against Coles and Woolworths over allegedly "
        "misleading discounts went to trial in the Federal Court in Sydney on "
        "Monday, with the supermarkets accused of using fake price cuts to lure "
        "shoppers during a cost-of-living crisis. The Australian Competition and "
        "Consumer Commission alleges that the two chains briefly raised the prices "
        "of hundreds of products, such as pet food and biscuits, by at least 15 per "
        'cent before placing them on "Prices Dropped" or "Down Down" promotions at '
        "prices higher than before. Counsel for the ACCC told Justice Michael "
        "O'Bryan that the promotions were presented to shoppers as part of a \"price "
        'war" that did not exist. Woolworths and Coles deny the claims, saying the '
        "price rises reflected higher costs charged by suppliers and that the "
        "discounts were genuine. The watchdog is seeking penalties that could run "
        "into hundreds of millions of dollars. The trial is expected to last three "
        "weeks. The two supermarkets control about two-thirds of the grocery market. "
        "A separate inquiry last year found the sector was among the most "
        "concentrated in the world.",
        "economy",
    ),
]
