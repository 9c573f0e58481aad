"""dev399 items, part 3: the dead and injured counted, treatment at home and abroad, cases,
detentions, the disappeared and the missing (August 2024 to mid-2025)."""

from _wrap import item

item(
    "Health ministry puts July uprising toll at 834 dead, 13,529 injured",
    """[[A total of 834 people|killed;a=Health adviser Nurjahan Begum]] were killed and
    [[13,529|injured;a=Health adviser Nurjahan Begum]] injured in the July uprising, Health adviser
    Nurjahan Begum said on Sunday, presenting the ministry's verified list. Of the injured,
    [[493|injured;a=the ministry]] are classed as "very serious",
    including [[21 people|injured;a=the ministry]] who lost both
    eyes and [[28|injured;a=the ministry]] who lost limbs, the
    ministry said. The list was compiled from records of [[more than 400 hospitals|other;a=Nurjahan Begum]]
    across the country, she said. She said [[up to 50 more names|killed;p;a=Nurjahan Begum]] could be
    added after verification. "No one who was shot in July should be left off this list," she told
    reporters at the secretariat. The ministry's hotline has received [[about 2,300 calls|other;u=other]]
    since {{September 1}}.""",
)

item(
    "Injured protesters flown to Singapore, Thailand and Turkey for treatment",
    """Bangladesh has sent [[31 people|injured;a=the health ministry]] wounded in the July uprising
    abroad for treatment, the health ministry said on Thursday, [[14|injured;a=the health
    ministry]] of them to Singapore, [[11|injured;a=the health ministry]] to Thailand and
    [[six|injured;a=the health ministry]] to Turkey. [[Fifteen|returned;a=the ministry;alt=the health ministry]] have come home after treatment, the ministry said. The government plans to
    send [[another 50|injured;p;a=The government]] by the end of the year, most with eye and spinal
    injuries. Singapore General Hospital has set aside [[10 beds|capacity;a=officials in
    Singapore]] for the patients, officials in Singapore said. The interim government has spent
    {{Tk 30 crore}} on treatment abroad so far. "I still have pellets in my head," said Sakib Hasan,
    {{19}}, who returned from Bangkok last week.""",
)

item(
    "Eye hospital treated 685 for pellet wounds; 35 blind in both eyes",
    """The National Institute of Ophthalmology and Hospital in Dhaka treated [[685 patients|injured;a=Golam Mostafa]] with eye
    injuries from the July uprising, its director, Golam Mostafa, said on Monday.
    [[Thirty-five|injured;a=Golam Mostafa]] lost sight in both eyes and [[about 510|injured;a=Golam
    Mostafa]] in one, he said. A team of [[10 doctors|other;a=the Chinese embassy]] from China has examined [[more than 200 patients|injured;a=the Chinese embassy]], the
    Chinese embassy said. [[Up to 60 patients|aid;p;a=the hospital;alt=The National Institute of Ophthalmology and Hospital]] will be fitted with prosthetic
    eyes by December, the hospital said. Many are young workers: the institute said
    [[nearly 150|injured;a=the institute;alt=The National Institute of Ophthalmology and Hospital]]
    were {{under 20}}.""",
)

item(
    "Injured July protesters block road outside orthopaedic hospital",
    """[[About 150 people|injured;a=police]] injured in the July uprising blocked the road outside the
    National Institute of Traumatology and Orthopaedic Rehabilitation (NITOR) in Dhaka's Agargaon on
    Wednesday night, police said, demanding better care after the health adviser's car was stopped.
    NITOR has treated [[more than 1,300 people|injured;a=the hospital's director]] since July, the hospital's
    director said, [[42|injured;a=the hospital's director]] of whom had limbs amputated.
    [[About 80 patients|injured]] remain in the hospital's July ward, which has
    [[120 beds|capacity]]. In a scuffle with hospital staff, [[three protesters|injured;a=police]]
    and [[two doctors|injured;a=police]] were hurt, police said. The protesters ended the blockade at
    {{4am}} after the chief adviser's office promised talks.""",
)

item(
    "Families of July dead receive grants from foundation",
    """The July Shaheed Smriti Foundation has paid grants of {{Tk 5 lakh}} each to
    [[702 families|aid;a=The July Shaheed Smriti Foundation]] of people killed in the uprising, the
    foundation said, and {{Tk 1 lakh}} each to [[1,830 injured people|aid;a=the foundation;alt=The
    July Shaheed Smriti Foundation]]. It plans to reach [[all 844 families|aid;p;a=the
    foundation;alt=The July Shaheed Smriti Foundation]] on the government's list by March. Health cards
    giving free treatment at public hospitals have been issued to [[about 4,000|aid;a=officials]] of
    the injured, officials said. [[Between 3,000 and 4,000 more|aid;p;a=officials;n=-]] are waiting for
    their cards, officials said. The foundation is chaired by the chief adviser, Muhammad Yunus.""",
)

item(
    "Police say 1,598 cases filed over uprising killings, naming 40,000",
    """[[A total of 1,598 cases|other;a=Police Headquarters]] have been filed over killings and
    attacks during the July uprising, Police Headquarters said on Monday, naming
    [[more than 40,000 people|other;a=Police Headquarters]] as accused. The cases also list
    [[hundreds of thousands of unnamed people|other]] as suspects. Former prime minister Sheikh Hasina
    is named in [[at least 240 cases|other;a=a Reuters count]], according to a Reuters count.
    Police said they had arrested [[about 2,400 of the accused|arrested;a=Police]]. Ain o Salish
    Kendra warned that the cases, many filed by people who were not relatives of the dead, named
    [[some 140 journalists|other;a=Ain o Salish Kendra]] and [[dozens of academics|other;a=Ain o
    Salish Kendra]]. The home adviser said "harassment cases" would be withdrawn.""",
)

item(
    "Former ministers held as interim government widens arrests",
    """[[Twenty former ministers|arrested;a=police officials]] and [[about 30 former
    lawmakers|arrested;a=police officials]] of the Awami League have been arrested since {{August 5}},
    police officials said. Former law minister Anisul Huq and Salman F Rahman, an adviser to Hasina,
    were detained on a boat at Sadarghat as they tried to leave Dhaka, and police said
    [[some 1,200 party activists|arrested;a=police]] were also in custody.
    A court placed [[18 of the detainees|arrested;n=detainees]] on {{10-day}} remand. Police believe
    [[dozens of party leaders|displaced;a=Police]] have fled to Kolkata and Tripura, and Hasina's
    former home minister Asaduzzaman Khan was among [[about 60|displaced]] whose diplomatic passports
    were cancelled after they left the country. Crowds threw eggs and shoes at some of the accused
    outside the Chief Metropolitan Magistrate's Court.""",
)

item(
    "Disappearance commission: 1,676 complaints, 200 still missing",
    """The Commission of Inquiry on Enforced Disappearances said on Saturday it had received
    [[1,676 complaints|other;u=other;a=The Commission of Inquiry on Enforced Disappearances]] since
    it was formed in {{August}}, and had examined [[758|other;u=other;a=The Commission of Inquiry on
    Enforced Disappearances]]. [[About 200 people|missing;a=the commission;alt=The Commission of
    Inquiry on Enforced Disappearances]] named in the complaints remain unaccounted for, the commission
    said. It identified [[eight secret detention centres|other;a=The Commission of Inquiry on
    Enforced Disappearances]] in Dhaka and Chattogram, including the "Aynaghar", or House of Mirrors.
    [[Three men|kidnapped]] held there for years were freed in the week after Hasina fell, among them
    a former brigadier general abducted in {{2016}}. The commission said [[at least 1,000
    people|kidnapped;a=The commission;alt=The Commission of Inquiry on Enforced Disappearances]] had
    been picked up and held in secret sites in the past {{15 years}}.""",
)

item(
    "Mothers search for sons missing since July",
    """[[Thirty-one people|missing;a=Mayer Dak]] have been missing since the July protests, according
    to Mayer Dak, a group formed by mothers of the disappeared. At Rayer Bazar graveyard,
    Anjuman Mufidul Islam buried [[114 unclaimed bodies|killed;a=the charity;alt=Anjuman Mufidul Islam]]
    between {{July 18}} and {{August 5}}, the charity said. A Dhaka court has ordered the exhumation of
    [[eight of the bodies|killed;p;n=bodies]] for DNA tests. The Criminal Investigation Department
    said it had taken samples from [[45 families|other;a=The Criminal Investigation Department]] and
    identified [[six of the dead|killed;a=The Criminal Investigation Department]] so far. "My son went out at
    {{noon}} on {{July 19}} and never came back," said Shirin Akhter, whose son was {{17}}.""",
)

item(
    "Police count their own losses: 44 dead, nine still missing",
    """[[Nine police officers|missing;a=Police Headquarters]] are still unaccounted for since
    {{August 5}}, Police Headquarters said in a report on its own losses, in addition to the
    [[44|killed;a=Police Headquarters]] who were killed. The report said [[1,180 officers|injured;a=The report;alt=Police Headquarters]] were injured, [[96|injured;a=The report;alt=Police Headquarters]] of them seriously. The Police Welfare Trust gave
    {{Tk 10 lakh}} each to [[44 bereaved families|aid]], and
    [[more than 3,000 officers|other;a=officials]] have been transferred since the uprising, officials
    said. Some officers said they had been held by crowds for hours before soldiers reached them.""",
)

item(
    "Army rescued besieged police; bodies burned in Ashulia van",
    """On {{August 5}}, crowds besieged police stations across Bangladesh and held
    [[dozens of police officers|kidnapped]] inside. The army said it had rescued
    [[about 300 officers|kidnapped;a=The army]] from [[14 stations|other;u=structure;a=The army]] in
    Dhaka and its outskirts. In Ashulia, on the edge of Savar, [[11 policemen|kidnapped;a=a police
    officer who survived]] were held for {{six hours}} before soldiers freed them, a police officer who
    survived said. The same afternoon, police in Ashulia piled [[six bodies|killed;a=investigators]]
    of protesters into a van and set it on fire, investigators said, a scene captured on video. The
    International Crimes Tribunal later charged [[16 police officers|other]] over the burning, and [[eight|arrested]] are in custody.""",
)

item(
    "Rights group's annual report: mob beatings, custodial deaths",
    """[[At least 128 people|killed;a=Ain o Salish Kendra (ASK)]] were beaten to death by crowds in
    {{2024}}, Ain o Salish Kendra (ASK) said in its annual report, most of them after {{August 5}}.
    ASK recorded [[between 180 and 190 deaths|killed;a=ASK]] in political violence outside the July
    protests, and [[65 people|killed;a=ASK]] who died in custody. It said [[30 Bangladeshis|killed;a=Ain o Salish Kendra (ASK)]] had been killed by India's Border Security Force. The group documented
    [[22 abductions|kidnapped;u=person;a=The group;alt=Ain o Salish Kendra (ASK)]] by political
    activists and [[about 1,200 people|injured;a=The group;alt=Ain o Salish Kendra (ASK)]] hurt in clashes between rival parties. The report
    covers {{January 1}} to {{December 31}}.""",
)

item(
    "'Operation Devil Hunt': 8,600 arrested in first week",
    """Bangladesh's joint forces arrested [[more than 8,600 people|arrested;a=the home adviser]] in the
    first week of "Operation Devil Hunt", the home adviser said on Saturday. The operation was
    launched after an attack in Gazipur in which [[15 students|injured]] were hurt by men said to be
    Awami League activists. [[About 1,300|arrested;a=the home ministry]] of those held were wanted in
    earlier cases, the home ministry said. [[Hundreds of soldiers, police and Rapid Action Battalion
    members|combatants;n=soldiers, police and Rapid Action Battalion members]] are taking part.
    In Gazipur alone, [[about 600|arrested;a=police]] were held, police said.
    Human Rights Watch said [[as many as 300|arrested;a=Human Rights Watch]] of those detained had no
    case against them. "We will continue until the devils are caught," Home Adviser Jahangir Alam
    Chowdhury said.""",
)

item(
    "Exhumations begin as families seek autopsies",
    """Investigators exhumed [[four bodies|killed;a=officials]] at Rayer Bazar graveyard on
    Thursday, officials said, the first of [[up to 114 bodies|killed;p;a=officials]] they plan to
    exhume. A team of [[12 forensic experts|other]] from Dhaka Medical College is working at the
    site, with help from [[two Argentine specialists|other]] sent by the OHCHR. Relatives
    of [[about 20 missing people|missing;a=a lawyer for the families]] have given DNA samples, a
    lawyer for the families said. Police have cordoned off the site, and [[about 50 officers|combatants]]
    guard it at night.""",
)

item(
    "Health budget rises as interim government pledges care for injured",
    """The interim government raised the health budget by {{8 percent}} to {{Tk 41,000 crore}} for the
    {{2025-26}} fiscal year. Health spending remains below {{1 percent}} of GDP. Treatment of the July
    injured is allocated {{Tk 150 crore}}, the finance adviser said in his budget speech on {{June 2}},
    the first since {{2008}} presented without parliament. Out-of-pocket costs still make up
    {{about 70 percent}} of health spending in Bangladesh, one of the highest shares in Asia.""",
)

item(
    "How the International Crimes Tribunal works",
    """The International Crimes Tribunal was set up in {{2010}} under a law of {{1973}} to try crimes
    of the {{1971}} war. In {{2024}}, the interim government amended the law to allow trials of
    political parties and crimes committed after {{1971}}. Under {{Section 20}}, a conviction can
    carry the death penalty. The tribunal was reconstituted on {{October 14}}, and a {{second}} bench,
    {{ICT-2}}, was added in {{2025}}. Chief prosecutor Mohammad Tajul Islam, {{53}}, had defended
    Jamaat-e-Islami leaders before the same tribunal a decade earlier.""",
)
