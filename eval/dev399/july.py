"""dev399 items, part 1: the quota protests and the curfew, July to 4 August 2024."""

from _wrap import item

item(
    "Six killed as Bangladesh quota protests turn deadly; student shot in Rangpur",
    """[[At least six people|killed;a=police and hospital officials]] were killed on Tuesday as
    protests against quotas in government jobs turned violent across Bangladesh, police and
    hospital officials said. Among the dead was Abu Sayed, a {{25-year-old}} English student at
    Begum Rokeya University in Rangpur, who was filmed standing with his arms spread before police
    opened fire. In Chattogram, [[three people|killed;a=doctors at Chattogram Medical College
    Hospital]] died of gunshot and stab wounds, doctors at Chattogram Medical College Hospital told
    reporters, and [[at least 35 others|injured;a=doctors at Chattogram Medical College
    Hospital;n=-]] were being treated there. Police said [[more than 100 protesters|injured;a=Police]]
    were hurt in Rangpur alone and that [[up to 30|arrested;a=Police]] had been detained. The government ordered all public universities closed until
    further notice and deployed [[about 2,000 Border Guard Bangladesh troops|combatants]]
    in Dhaka and other cities. Students called a "complete shutdown" for {{Thursday, July 18}}.""",
)

item(
    "Hundreds hurt as ruling party's student wing attacks Dhaka University protesters",
    """Activists of the Bangladesh Chhatra League, the student wing of the ruling Awami League,
    attacked quota reform protesters with sticks, iron rods and machetes on the Dhaka University
    campus on Monday. Dhaka Medical College Hospital said it had treated [[297 people|injured;a=Dhaka
    Medical College Hospital]] by midnight, [[about 200 of them|injured;a=Dhaka Medical College
    Hospital;n=-]] women students, and that [[12|injured;a=Dhaka Medical College Hospital]] had been
    admitted with head injuries. "They chased the girls into the halls and beat them on the stairs,"
    said Farzana Akter, a {{second-year}} student. The protest coordinators said
    [[dozens of students|missing;a=The protest coordinators]] could not be reached overnight after
    fleeing the campus. Police detained [[eight people|arrested;a=Police]], police said, without
    saying from which side. The clashes came a day after Prime Minister Sheikh Hasina compared the
    protesters to the "grandchildren of razakars", the collaborators of {{1971}}.""",
)

item(
    "Bangladesh death toll climbs as state TV building set ablaze",
    """Protesters set fire to the headquarters of state broadcaster BTV in Dhaka's Rampura on
    Thursday as the death toll from {{three days}} of unrest rose to [[at least 39|killed;a=AFP]],
    according to AFP. [[At least 25 people|killed;a=hospital staff]] were killed on Thursday alone, hospital
    staff said, most of them from gunshot wounds. [[Hundreds of people|injured]] were wounded in
    Jatrabari, Uttara, Mirpur and Badda as police fired rubber bullets, tear gas and, witnesses said,
    live rounds. In Uttara, a doctor at Kuwait-Bangladesh Friendship Government Hospital said the
    hospital had received [[more than 300 injured people|injured;a=a doctor at Kuwait-Bangladesh
    Friendship Government Hospital]] and [[11 bodies|killed;a=a doctor at Kuwait-Bangladesh
    Friendship Government Hospital]] since the morning. Fire service officials said [[some 60
    vehicles|other;a=Fire service officials]] had been torched across the capital, among them
    [[two dozen buses|other;a=Fire service officials]]. The authorities cut mobile internet and then
    the broadband network nationwide late in the evening.""",
)

item(
    "Curfew with shoot-on-sight orders as army deploys across Bangladesh",
    """Bangladesh imposed a nationwide curfew from midnight on Friday and deployed the army after a
    week of clashes, with the ruling party's general secretary saying troops had been given
    "shoot-on-sight" orders in extreme cases. The army said [[some 27,000 soldiers|combatants;a=The
    army]] had been deployed in [[43 districts|other;a=The army]]. The curfew would be relaxed for {{two hours}} on
    Saturday afternoon so that people could buy food, officials said. Prothom Alo, counting hospital
    reports, put the number of dead since {{July 16}} at [[at least 148|killed;a=Prothom Alo]]. In Narayanganj's Siddhirganj, residents
    said [[four people|killed;a=residents]] were shot dead as they stood on rooftops during the
    curfew, among them [[two children|killed;a=residents]]. The capital's [[more than 20 million
    residents|civilians]] woke to deserted streets, armoured vehicles at junctions and no mobile
    data.""",
)

item(
    "Hundreds of prisoners escape after protesters storm Narsingdi jail",
    """Protesters stormed the district jail in Narsingdi, north-east of Dhaka, on Friday, set it on
    fire and freed [[826 inmates|other;a=the jail's superintendent]], the jail's superintendent said.
    Among those who walked out were [[nine members|other;a=the jail's
    superintendent]] of banned militant groups, he said. The attackers also looted [[85 firearms|other;a=the Department
    of Prisons]] and [[about 1,000 rounds|other;a=the Department of Prisons]] of ammunition,
    according to the Department of Prisons. By Sunday [[more than 100|arrested;a=police]] of the
    escapees had returned to the jail or been caught, police said. The jail, built for
    [[about 200 prisoners|capacity;a=the jail's records]], held [[more than 800|arrested;a=the
    jail's records]] at the time, the jail's records show. The home ministry ordered an
    inquiry with a {{seven-day}} deadline.""",
)

item(
    "Police arrest thousands in 'block raids' across Dhaka",
    """Police in Bangladesh have arrested [[more than 11,000 people|arrested;a=police officials]] in
    the past week, police officials said on Monday, as security forces cordoned off neighbourhoods
    in night-time "block raids" after the deadly unrest. In Dhaka alone, the Dhaka Metropolitan
    Police (DMP) said it had detained [[2,537 people|arrested;a=the Dhaka Metropolitan Police (DMP)]]
    and filed [[209 cases|other;a=the Dhaka Metropolitan Police (DMP)]]. The cases name
    [[tens of thousands of unidentified people|other;a=rights groups]] as accused, rights groups said, allowing
    police to arrest almost anyone in a protest area. Ain o Salish Kendra (ASK) said it had records
    of [[at least 87 students|arrested;a=Ain o Salish Kendra (ASK)]] held in Dhaka, some {{as young as 14}}.
    "My son was taken from his bed at {{3am}}. They took [[six boys|arrested;a=Rashida Begum]] from
    our building," said Rashida Begum in Mohammadpur. Police said they were searching
    for [[about 1,500 suspects|other;a=Police;n=suspects]] seen on video attacking state buildings.""",
)

item(
    "Six student coordinators held at Detective Branch office 'for their safety'",
    """The Detective Branch of the Dhaka police has been holding [[six coordinators|arrested;a=Home
    Minister Asaduzzaman Khan]] of the quota reform movement at its Minto Road office since the
    weekend, Home Minister Asaduzzaman Khan said on Monday, insisting they were there "for their own
    safety". Nahid Islam's family said he had been among [[two coordinators|kidnapped;a=Nahid Islam's family]]
    picked up by men in plain clothes on {{July 19}}, and that he was found beaten and dumped under
    a bridge in Purbachal {{two days}} later. Another coordinator was among [[three people|kidnapped]]
    taken from a hospital in Gonoshasthaya on Friday. Rights groups said
    [[up to 20 activists|missing;a=Rights groups]] were still unaccounted for, while police said
    [[about 50 officers|combatants;a=police]] were guarding the building. Across Dhaka,
    [[more than 2,000 people|arrested;a=police]] had been detained since Friday, police said. On Sunday night, they read a statement on video calling off the protests; coordinators outside custody rejected
    it within the hour.""",
)

item(
    "UNICEF says at least 32 children killed in Bangladesh unrest",
    """UNICEF said on Friday that [[at least 32 children|killed;a=UNICEF]] had been killed during the
    protests and unrest in Bangladesh in July, and that [[hundreds|injured;a=UNICEF]] more had been injured.
    The agency's regional director for South Asia said the youngest victim it had verified was
    {{four years old}}. In Mirpur, a boy {{aged 10}} was shot while standing on the roof of his home
    as a helicopter circled overhead, his family said. Dhaka Shishu Hospital said it had treated
    [[between 60 and 70 children|injured;a=Dhaka Shishu Hospital]] for gunshot and pellet wounds. Save the
    Children said [[some 2,000 children|civilians;a=Save the Children]] in Dhaka's Jatrabari and
    Rampura had been unable to sit exams or leave home for more than {{a week}}. Families told local media that [[at least four children|missing;a=Families]] were still
    unaccounted for. Bangladesh's child rights forum said [[more than 40 minors|arrested;a=Bangladesh's child rights forum]] were being
    held in adult jails.""",
)

item(
    "Hospitals overwhelmed by gunshot and pellet wounds",
    """Dhaka's hospitals have been overwhelmed since {{July 18}}, doctors said. The National
    Institute of Ophthalmology said it had treated [[424 people|injured;a=The National Institute of
    Ophthalmology]] for eye injuries caused by pellets and rubber bullets, and had performed
    [[278 operations|other;u=other;a=The National Institute of Ophthalmology]]. Of those patients,
    [[19|injured;a=the institute's director]] had lost
    sight in both eyes, the institute's director said. At Dhaka Medical College Hospital,
    [[more than 1,000 people|injured]] with gunshot wounds were treated in a week, and the morgue
    received [[74 bodies|killed;a=the hospital's administration;alt=Dhaka Medical College Hospital]],
    according to the hospital's administration. Volunteers said [[hundreds of students|other;a=Volunteers]] had
    donated blood. The hospital set up an extra ward with [[50 beds|capacity]] for the wounded.""",
)

item(
    "Thousands of Indian, Nepali students cross home from Bangladesh",
    """[[More than 4,500 Indian students|returned;a=India's external affairs ministry]] have returned
    home from Bangladesh through land ports in Benapole-Petrapole and Akhaura-Agartala, India's
    external affairs ministry said on Sunday. The ministry said [[about 500 Nepali students|returned;a=The
    ministry;alt=India's external affairs ministry]] and [[38 Bhutanese nationals|returned;a=The
    ministry;alt=India's external affairs ministry;n=nationals]] had also crossed with Indian
    assistance. Most were medical students at private colleges in Dhaka, Mymensingh and Sylhet, where
    hostels were emptied as classes were suspended. Nepal's embassy in Dhaka said
    [[some 200 of its students|displaced;a=Nepal's embassy in Dhaka;n=students]] were still waiting to
    be evacuated. The BSF said [[about 1,100|returned;a=The BSF]] had crossed at Petrapole on Saturday
    alone. Indian officials said [[another 300|returned;a=Indian officials;p]] were expected
    to cross through Meghalaya's Dawki checkpoint by Tuesday.""",
)

item(
    "UAE jails 57 Bangladeshis for protesting in support of quota movement",
    """A court in Abu Dhabi sentenced [[57 Bangladeshi nationals|arrested;a=state news agency
    WAM;n=nationals]] for protesting on the streets of several emirates in solidarity with the
    movement at home, state news agency WAM reported. [[Three|arrested;a=WAM]] were sentenced to life imprisonment and the others to {{10 years}} or
    more, WAM said. The protests in the
    UAE, where [[about 1 million Bangladeshis|civilians]] live, drew
    [[several hundred migrant workers|other]]. In September,
    after the fall of the Awami League government, the UAE president pardoned the group, and
    [[the 57|returned;a=the Bangladeshi mission in Abu Dhabi]] were flown home within days, the
    Bangladeshi mission in Abu Dhabi said. The mission said [[between 200 and 300 other
    workers|arrested;a=The mission;alt=the Bangladeshi mission in Abu Dhabi]] had been briefly
    detained in July and let go. Bangladesh's embassy had said the community was
    "deeply worried" about them.""",
)

item(
    "Journalists killed, dozens hurt covering Bangladesh protests",
    """[[At least five journalists|killed;a=the Committee to Protect Journalists]] were killed while
    covering the protests in Bangladesh between {{July 18}} and {{August 5}}, the Committee to
    Protect Journalists said. Among them was Hasan Mehedi, a reporter for Dhaka Times, shot in
    Jatrabari. The Dhaka Reporters Unity said [[more than 200 journalists|injured;a=The Dhaka
    Reporters Unity]] had been injured, [[at least 28|injured;a=The Dhaka Reporters Unity]] by
    pellets. Press photographers said police had seized the cameras of
    [[about a dozen colleagues|other;a=Press photographers;n=colleagues]]. [[Six photojournalists|arrested;a=the Bangladesh Photojournalists Association]] were detained
    while working, the Bangladesh Photojournalists Association said. [[Seven|injured;a=the
    union;alt=The Dhaka Reporters Unity]] of the injured reporters were still in hospital a week later,
    the union said.""",
)

item(
    "Metro stations, expressway toll plazas vandalised in Dhaka",
    """The Dhaka Metro Rail will stay closed for at least {{a month}} after protesters vandalised
    the {{Mirpur-10}} and Kazipara stations, officials said on Saturday. Dhaka Mass Transit Company said
    [[two stations|housing;u=structure]] were badly damaged and that repairs would take
    {{up to a year}}. Elsewhere, the Setu Bhaban, the Disaster Management Directorate and the
    Mohakhali toll plaza were set on fire. The fire service said it had responded to
    [[more than 70 fires|other;u=other;a=The fire service]] in the capital over {{three days}} and
    that [[about 150 vehicles|other;a=The fire service]] had burned, including
    [[40 police vehicles|other;a=The fire service]]. Officials said
    [[between 20 and 25 government buildings|housing;a=Officials]] had been set on fire in Dhaka and
    Narayanganj, and police said [[162 suspects|arrested;a=police]] had been held over the attacks. Officials estimated the damage at
    {{Tk 1,500 crore}}.""",
)

item(
    "Bangladesh's deadliest day as toll passes 90 on eve of 'march to Dhaka'",
    """[[At least 91 people|killed;a=police and hospital officials]] were killed across Bangladesh
    on Sunday, including [[14 police officers|killed;a=police and hospital officials]], police and
    hospital officials said, making it the
    deadliest day of the protests so far. In Sirajganj's Enayetpur, a crowd attacked the police
    station and beat [[13 policemen|killed;a=the district police chief]] to death, the district
    police chief said. [[At least 300 people|injured]] were injured across the country. The
    government announced an indefinite curfew from {{6pm}} and a {{three-day}} general holiday. In
    Munshiganj, [[three people|killed;a=witnesses]] were killed when ruling-party activists and
    protesters clashed, witnesses said. The protesters called on people across the country to march
    on Dhaka the next day.""",
)

item(
    "Dhaka University halls emptied under police guard",
    """Dhaka University closed its residential halls on Wednesday, and
    [[some 15,000 students|displaced;a=university officials]] left by evening, university officials
    said. Police and Border Guard Bangladesh deployed [[about 1,200 personnel|combatants;a=Police and
    Border Guard Bangladesh]] around the campus. Students who tried to remain in Shahidullah Hall and
    Salimullah Muslim Hall said [[about 40 of them|arrested;a=Students;n=-]] were taken away. At
    Jahangirnagar University in Savar, the administration said [[nearly 3,000 students|displaced;a=the
    administration]] had been sent home by bus. "We had {{an hour}} to pack," said Tanvir Hasan, a
    student from Kurigram. The university's proctor said
    [[up to 25 students|missing;a=The university's proctor]] had not been heard from by their
    families. [[Hundreds|civilians]] were stranded at Gabtoli bus terminal as long-distance
    services stopped.""",
)

item(
    "Supreme Court cuts job quotas, keeps seven percent",
    """Bangladesh's Supreme Court on {{July 21}} scaled back the quota system for government jobs,
    ruling that {{93 percent}} of posts must be filled on merit. The Appellate Division set aside a
    High Court order of {{June 5}} that had restored the {{30 percent}} quota for descendants of the
    fighters of the {{1971}} war. Under the new order, {{5 percent}} goes to the freedom fighters'
    descendants, {{1 percent}} to ethnic minorities and {{1 percent}} to people with disabilities and
    third-gender people. The quota system, in place since {{1972}}, had reserved {{56 percent}} of
    civil service jobs before it was scrapped in {{2018}}. The government issued a circular
    {{two days}} later.""",
)

item(
    "Internet blackout costs Bangladesh's economy dearly",
    """Bangladesh's internet blackout, which began on the night of {{July 18}} and lasted
    {{five days}} for broadband and {{11 days}} for mobile data, cost the economy an estimated
    {{$1.2 billion}}, the Bangladesh Association of Software and Information Services said. Garment
    exporters said shipments worth {{$500 million}} were delayed. Remittances fell to {{$1.9 billion}}
    in July, the lowest in {{10 months}}, as migrants abroad staged a remittance boycott. Mobile
    financial services were down {{40 percent}}. The central bank kept banks open for {{four hours}}
    a day under the curfew, from {{11am}} to {{3pm}}.""",
)
