"""dev315 negatives: constitutional and political legal battles, protest cases and peace deals
in court."""

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
]
