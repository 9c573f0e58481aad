"""First-day stories of 6 to 12 sentences on massacres, riots, crackdowns, border fighting and
flight: counts from monitors, armed groups, hospitals and witnesses (10 stories)."""

from _wrap import item

item(
    "DR Congo: ADF rebels kill dozens in night attack on church",
    """Bunia (AFP) - Rebels from the Allied Democratic Forces (ADF) killed [[at least 38
    people|killed;a=local sources]] in an overnight attack on a Catholic church in the northeastern
    Democratic Republic of Congo's Ituri province, local sources said Sunday. Civil society leader
    Jean-Claude Mbafele told AFP that the assailants, armed with machetes and guns, struck at about
    {{1 am}} as worshippers held a vigil. He said [[43 bodies|killed;a=Civil society leader
    Jean-Claude Mbafele]] had been found inside and around the church, and that [[a dozen
    houses|housing;a=Civil society leader Jean-Claude Mbafele]] and [[at least three
    shops|housing;a=Civil society leader Jean-Claude Mbafele]] had been burned. The UN mission,
    MONUSCO, said in a statement that [[at least 35 civilians|killed;a=The UN mission;alt=MONUSCO]]
    had been killed, including [[nine children|killed;a=The UN mission;alt=MONUSCO]]. Congo's army
    spokesman in Ituri, Lieutenant Jean-Paul Mbuyi, said [[five people|kidnapped;a=Congo's army
    spokesman in Ituri;alt=Lieutenant Jean-Paul Mbuyi]] had been abducted and
    [[seven|injured;a=Congo's army spokesman in Ituri;alt=Lieutenant Jean-Paul Mbuyi]] wounded, and
    that troops were pursuing the attackers. The ADF, originally Ugandan rebels who pledged
    allegiance to the Islamic State group in {{2019}}, have killed [[thousands of civilians|killed]]
    in eastern Congo over the past decade.""",
)

item(
    "Mozambique: 21 killed in post-election riots, thousands flee to Malawi",
    """MAPUTO, Mozambique (AP) — [[At least 21 people|killed;a=Interior Minister Carlos Mavie]] were
    killed in {{24 hours}} of rioting and looting after the country's top court confirmed the ruling
    party's election victory, Interior Minister Carlos Mavie said Tuesday. [[Two police
    officers|killed;a=Interior Minister Carlos Mavie]] were among the dead, he said, and
    [[13|injured;a=Interior Minister Carlos Mavie]] were injured. Mavie said protesters had torched
    [[25 police stations|housing;u=structure;a=Mavie]] and [[40 vehicles|other;a=Mavie]] in Maputo
    and other cities. [[Seventy-eight people|arrested;a=Interior Minister Carlos Mavie]] had been
    arrested, he added. The Centre for Democracy and Human Rights, a local civil society group, put
    the death toll since the disputed October election at [[151|killed;a=The Centre for Democracy
    and Human Rights]]. In neighboring Malawi, district officials said [[about 3,000
    Mozambicans|displaced;a=district officials]], most of them women and children, had crossed the
    border since Monday and were sheltering in [[two schools|capacity;a=district officials]] in
    Nsanje district. Opposition candidate Venâncio Mondlane, who says the vote was rigged, has
    called for more protests.""",
)

item(
    "Nepal: At least 19 killed as police fire on Gen Z protesters",
    """[[At least 19 people|killed;a=officials]] have been killed and [[more than
    300|injured;a=officials]] injured in Nepal after police opened fire on young protesters
    demonstrating against a ban on social media platforms, officials say. [[Seventeen
    people|killed;a=police spokesman Shekhar Khanal]] died in the capital, Kathmandu, and
    [[two|killed;a=police spokesman Shekhar Khanal]] in the eastern district of Sunsari, police
    spokesman Shekhar Khanal told the BBC. Civil Hospital in Kathmandu said it had treated [[more
    than 100 people|injured;a=Civil Hospital in Kathmandu]], many with bullet wounds to the head and
    chest. [[Tens of thousands of people|other]], many of them students in school uniform, had
    gathered near the parliament building before some broke through police barricades. A curfew was
    imposed around parliament, the president's residence and other key areas from {{12:30}} to
    {{22:00}} local time. The government had blocked [[26 social media platforms|other;u=other]]
    last week for failing to register with the authorities. The home minister resigned late on
    Monday, saying he took moral responsibility for the deaths.""",
)

item(
    "Indonesia protests spread; at least six dead, more than 1,200 arrested",
    """JAKARTA, {{Aug 30}} (Reuters) - Protesters torched regional parliament buildings in [[at
    least three cities|other;u=other]] overnight as demonstrations over lawmakers' perks spread
    across Indonesia, and [[three people|killed;a=local officials]] died in a fire at the council
    building in Makassar, local officials said. The deaths brought the toll from {{five days}} of
    unrest to [[at least six|killed;a=a Reuters tally of police and hospital statements]], according
    to a Reuters tally of police and hospital statements. Jakarta police said they had arrested
    [[more than 1,200 people|arrested;a=Jakarta police]] since Monday, and that [[about 40
    officers|injured;a=Jakarta police]] had been hurt. Anger flared after a police armoured vehicle
    ran over and killed a {{21-year-old}} motorcycle taxi driver on Thursday night. [[Thousands of
    drivers|other]] escorted his body to the cemetery on Friday, honking their horns. The city's bus
    operator suspended services at [[more than 20 bus stations|other;u=structure]] after several
    were set on fire. In Makassar, firefighters said it took them nearly {{four hours}} to bring the
    blaze under control.""",
)

item(
    "Colombia: fighting between ELN and FARC dissidents kills 46, displaces thousands",
    """BOGOTA, Colombia (AP) — Fighting between ELN rebels and dissidents of the former FARC in
    Colombia's eastern Arauca province has killed [[at least 46 people|killed;a=authorities]] and
    forced [[more than 8,600|displaced;a=authorities]] to flee their homes, authorities said Sunday.
    Among the dead were [[seven former FARC fighters|killed]] who had laid down their arms under the
    {{2016}} peace deal. Governor Hernando Leal said on X that [[5,200 people|displaced;a=Governor
    Hernando Leal]] were staying in [[14 shelters|capacity;a=Governor Hernando Leal]] in the city of
    Saravena, and that [[around 900|displaced;a=Governor Hernando Leal]] had crossed into Venezuela.
    The ombudsman's office said armed men had abducted [[at least 20 people|kidnapped;a=The
    ombudsman's office]], among them [[five social leaders|kidnapped;a=The ombudsman's office]].
    President Gustavo Petro suspended peace talks with the ELN and ordered [[5,000
    troops|combatants;p]] to the region. The ELN has [[about 5,800 fighters|combatants;a=military
    intelligence]], according to military intelligence, and has been fighting the state since
    {{1964}}.""",
)

item(
    "Ecuador prison riot leaves 14 dead; dozens of inmates escape",
    """Quito (AFP) - [[At least 14 inmates|killed;a=Ecuador's prison authority SNAI]] were killed in
    a riot at a prison in the southwestern city of Machala, Ecuador's prison authority SNAI said
    Tuesday. Rival gang members fought with rifles, explosives and knives for several hours from
    late Monday, and the SNAI said [[13 of the dead|killed;a=the SNAI]] had been shot. [[Fifty-two
    inmates|other;a=police]] escaped during the chaos, of whom [[25|arrested;a=police]] had been
    recaptured by Tuesday morning, police said. [[One police officer|injured]] was wounded in an
    exchange of fire at the prison gate. The government of President Daniel Noboa has deployed
    [[about 1,500 soldiers|combatants]] to retake control of the facility. The Machala prison, built
    for [[about 600 inmates|capacity;a=the SNAI]], held [[more than 1,800|arrested;a=the SNAI]],
    according to the SNAI. Gang violence in Ecuador's prisons has left [[more than 500
    inmates|killed;a=rights groups]] dead since {{2021}}, according to rights groups.""",
)

item(
    "Thai-Cambodian border clashes kill 15; over 100,000 evacuated",
    """BANGKOK/PHNOM PENH, {{Dec 9}} (Reuters) - Thailand and Cambodia traded artillery and rocket
    fire along their disputed border for a second day on Tuesday, as the death toll rose to
    [[15|killed;a=Thai authorities]], [[14 of them|killed;n=-;a=Thai authorities]] civilians, and
    [[more than 100,000 people|displaced;a=Thai authorities]] fled to safety, Thai authorities said.
    Thailand's health ministry said [[46 people|injured;a=Thailand's health ministry]] had been
    wounded, including [[15 soldiers|injured;a=Thailand's health ministry]]. Cambodia's defence
    ministry spokeswoman Chea Sophal said [[one civilian|killed;a=Cambodia's defence ministry
    spokeswoman Chea Sophal]] had been killed and [[five|injured;a=Cambodia's defence ministry
    spokeswoman Chea Sophal]] wounded in Oddar Meanchey province, and that [[more than 4,000
    families|displaced;a=Cambodia's defence ministry spokeswoman Chea Sophal]] had left their
    villages. The Thai army said it had sent {{F-16}} fighter jets against Cambodian military
    targets after Cambodian {{BM-21}} rocket launchers fired into Sisaket province. A rocket struck
    a petrol station in Sisaket, killing [[six people|killed;a=witnesses]], witnesses said. Thai
    officials said [[more than 300 evacuation centres|capacity;a=Thai officials]] had been opened
    along the border.""",
)

item(
    "Ethiopia: Drone strike on Amhara market kills at least 30, witnesses say",
    """Addis Ababa (AFP) - A drone strike on a busy market in Ethiopia's Amhara region killed [[at
    least 30 people|killed;a=witnesses and a health worker]], witnesses and a health worker said on
    Wednesday. The strike hit the market in the town of Debre Work at about {{11:00 am}} on Tuesday,
    the weekly market day, when [[thousands of people|civilians;a=a resident]] had gathered from
    surrounding villages, a resident told AFP. "I counted [[34 bodies|killed;a=the resident]], some
    of them children," said the resident, who asked not to be named for safety reasons. A health
    worker at the town's hospital said [[more than a hundred wounded|injured;a=A health worker at
    the town's hospital]] had been brought in and that the facility had run out of painkillers.
    Ethiopia's federal government did not respond to AFP's requests for comment. Access to Amhara is
    restricted and communications are frequently cut, making independent verification difficult. The
    region has seen fighting since {{August 2023}} between the federal army and the Fano militia,
    which says it has [[tens of thousands of fighters|combatants;a=the Fano militia]]. The Ethiopian
    Human Rights Commission said last month that drone strikes in the region had killed [[at least
    118 civilians|killed;a=The Ethiopian Human Rights Commission]] since January.""",
)

item(
    "Syria: Monitor says more than 1,000 killed in coastal violence",
    """A UK-based war monitor says [[more than 1,000 people|killed;a=A UK-based war monitor;alt=The
    Syrian Observatory for Human Rights]] have been killed in {{three days}} of clashes and revenge
    killings in Syria's coastal provinces of Latakia and Tartous, including [[745
    civilians|killed;a=A UK-based war monitor;alt=The Syrian Observatory for Human Rights]]. The
    Syrian Observatory for Human Rights said [[125 security personnel|killed;a=The Syrian
    Observatory for Human Rights]] and [[148 fighters|killed;a=The Syrian Observatory for Human
    Rights]] loyal to former President Bashar al-Assad were among the dead. Al Jazeera could not
    independently verify the figures. The Syrian Network for Human Rights, another monitor, put the
    toll at [[803|killed;a=The Syrian Network for Human Rights]] for the same period. Interim
    authorities said they had arrested [[dozens of people|arrested;a=Interim authorities]] suspected
    of abuses and formed a committee to investigate. [[Thousands of Alawite residents|displaced]]
    have fled to the mountains. Al Jazeera's Kareem Haddad, reporting from Latakia, said [[about
    8,000 people|displaced;a=Al Jazeera's Kareem Haddad]] were sheltering at the Russian-run Hmeimim
    airbase. Lebanese authorities said [[more than 7,000 Syrians|displaced;a=Lebanese authorities]]
    had crossed into northern Lebanon since Friday.""",
)

item(
    "Pakistan says 19 soldiers killed in clashes on Afghan border",
    """Pakistan's military said on Sunday that [[19 soldiers|killed;a=Pakistan's military]] were
    killed and [[27 others|injured;a=Pakistan's military]] injured in overnight clashes with Afghan
    Taliban forces at several points along the border. In a statement, the Inter-Services Public
    Relations (ISPR) said troops had killed [[more than 150 Taliban fighters|killed;a=the
    Inter-Services Public Relations]] and affiliated militants and captured [[21 Afghan border
    posts|other;u=structure;a=the Inter-Services Public Relations]]. Taliban spokesman Zabihullah
    Mujahid said in Kabul that [[nine Afghan fighters|killed;a=Taliban spokesman Zabihullah
    Mujahid]] had been killed and claimed that [[58 Pakistani soldiers|killed;a=Taliban spokesman
    Zabihullah Mujahid]] had died in the fighting. Anadolu could not independently verify the claims
    from either side. The Torkham and Chaman crossings, the main trade routes between the two
    countries, were closed, leaving [[hundreds of trucks|other;a=customs officials]] stranded,
    customs officials said. Local officials in Kurram district said [[about 2,000
    families|displaced;a=Local officials in Kurram district]] had fled villages near the border.""",
)
