"""dev369 items: migrants inside Yemen: detention (the Sanaa holding-centre fire of March 2021,
Aden's Bureika), smugglers' compounds and ransoms, forced recruitment, stranding in Marib and
Saada, floods and evictions in informal sites, and the aid that reaches them."""

from _wrap import item

item(
    "Fire at Sanaa migrant holding centre kills dozens",
    """
A fire tore through a crowded holding facility for migrants in Sanaa on {{March 7, 2021}},
killing [[at least 44 people|killed;a=IOM]] and injuring [[more than 170|injured;a=IOM]], IOM
said. [[Around 900 migrants|arrested;a=the agency;alt=IOM]], most of them Ethiopians, were being
held at the centre, [[more than 350|arrested;a=the agency;alt=IOM]] of them in a single hangar
where the fire started, the agency said. The Houthi interior ministry put the toll at
[[eight dead|killed;a=The Houthi interior ministry]] and blamed the detainees for the blaze.
Hospitals in Sanaa treated [[dozens of detainees|injured;a=medics]] for burns and smoke
inhalation, medics said. The facility had been built to hold
[[about 300 people|capacity;a=aid workers]], according to aid workers familiar with it.
""",
)

item(
    "Rights group says Houthi guards launched projectiles into hangar",
    """
Human Rights Watch said on Thursday that Houthi security forces fired
[[two projectiles|other;u=other;a=Human Rights Watch]] into a crowded hangar at the Sanaa holding
centre of the Immigration, Passport and Naturalization Authority, starting a blaze that killed
[[dozens of migrants|killed;a=Human Rights Watch]]. The group said it had interviewed
[[nine survivors|other;a=The group;alt=Human Rights Watch]] and
[[two medics|other;a=The group;alt=Human Rights Watch]]. The survivors said guards had packed
[[more than 350 men|arrested;a=The survivors]] into the hangar after they refused to end a
hunger strike begun {{two days}} earlier. The Houthi authorities say they have since freed
[[about 400 of the surviving detainees|other;a=The Houthi authorities]]. The report said
[[at least 43 victims|killed;a=The report;alt=Human Rights Watch]] were buried in Sanaa without
their families being told.
""",
)

item(
    "Migrants held for ransom in smugglers' compounds in Lahj",
    """
Smuggling gangs in Yemen's Lahj governorate are holding
[[hundreds of Ethiopian migrants|kidnapped;a=survivors and aid workers]] in farm compounds and
demanding ransoms from their families, survivors and aid workers say. IOM said its teams had met
[[more than 1,100 migrants|kidnapped;a=IOM]] in {{2023}} who reported being held by smugglers,
{{a fifth}} of them women. Families in Ethiopia are asked for {{$1,000 to $3,000}} per person,
often paid by mobile money, said Meron, whose {{17-year-old}} brother was held for {{40 days}}.
She said he was kept in a room with [[between 40 and 60 other captives|kidnapped;a=Meron]], and
that [[three|killed;a=Meron]] died while he was there. In May, security forces in Lahj freed
[[134 migrants|kidnapped;a=a local security official]] from a compound near Tuban and arrested
[[seven suspected smugglers|arrested;a=a local security official]], a local security official
said.
""",
)

item(
    "Aden deports migrants by sea after weeks in detention",
    """
Authorities in Aden put [[about 270 Somali migrants|returned;a=an immigration official]] on a
boat to Berbera on Sunday after holding them for {{up to three weeks}} at the Bureika detention
facility, an immigration official said. The official said
[[another 1,300 migrants|arrested;a=The official]], mostly Ethiopians, remained in the facility,
which was designed for [[400|capacity;a=The official]]. The government in Aden said it had
deported [[more than 9,000 migrants|returned;a=The government in Aden]] since January. Amnesty
International said it had documented the deaths of
[[at least 12 detainees|killed;a=Amnesty International]] in Bureika in {{2019}} and {{2020}}. A
{{second}} boat, carrying [[about 200 more|returned;p;n=-;a=the official]], is due to leave next
week, the official added.
""",
)

item(
    "Thousands of migrants stranded in Marib as front lines shift",
    """
[[An estimated 4,000 migrants|displaced;a=IOM]] are stranded in Marib city, unable to continue
north towards Saudi Arabia because of fighting, IOM said. The agency said migrants were living
in [[some 20 informal sites|capacity;a=The agency;alt=IOM]] alongside
[[about 1 million displaced Yemenis|displaced;a=The agency;alt=IOM]]. Shelling near the Sirwah
front in October killed [[at least 11 migrants|killed;a=the agency;alt=IOM]], wounded
[[26|injured;a=the agency;alt=IOM]] and damaged [[about 50 shelters|housing;a=the agency;alt=IOM]],
the agency said. IOM's mobile clinic in Marib treated [[about 2,300 migrants|aid]] in
September. [[Some 6,000 migrants|civilians;a=the agency;alt=IOM]] in the governorate need food
and water, the agency estimates. IOM plans to help
[[up to 500 Ethiopians|returned;p;a=IOM]] in Marib return home by the end of the year.
""",
)

item(
    "Migrants say they were forced to fight for Houthis",
    """
Houthi authorities have recruited
[[at least 200 African migrants|combatants;a=a UN panel of experts]] to fight on front lines in
Saada, Hajjah and Marib, a UN panel of experts said in a report seen by Reuters. The panel said
[[at least 26|killed;a=The panel]] had been killed in combat. [[Four Ethiopian men|other]] who
escaped to Aden told Reuters they had been held in a detention centre in Saada with
[[about 150 others|arrested;a=Four Ethiopian men]] before being trained for {{two weeks}} and
sent to the front. Gemechu, {{aged 20}}, said he saw
[[five fellow recruits|killed;a=Gemechu]] killed by a mortar round on his {{first}} day. Houthi
officials deny recruiting migrants. The group fields
[[tens of thousands of fighters|combatants;a=the panel]], most of them Yemeni, the panel
estimated.
""",
)

item(
    "Air strike on Saada prison kills detainees including migrants",
    """
An air strike by the Saudi-led coalition on a remand prison in Saada on {{January 21, 2022}}
killed [[at least 91 people|killed;a=Médecins Sans Frontières]] and wounded
[[236|injured;a=Médecins Sans Frontières]], Médecins Sans Frontières said. The prison held
[[about 2,000 inmates|arrested;a=aid workers]], among them
[[hundreds of African migrants|arrested;a=aid workers]] detained while trying to reach Saudi
Arabia, according to aid workers. Al-Jumhuri hospital in Saada received
[[more than 200 wounded|injured;a=the hospital's director]] in the hours after the strike, the
hospital's director said. [[At least 16 migrants|killed;a=the UN]] were among the dead, the UN
said. The coalition denied targeting the prison.
""",
)

item(
    "Floods sweep through migrant settlements in Aden and Lahj",
    """
Heavy rain and flash floods destroyed [[more than 300 makeshift shelters|housing;a=IOM]] at
informal migrant settlements in Aden and Lahj governorates this week, IOM said on {{August 14}}.
The agency said [[about 5,200 migrants|civilians;a=The agency;alt=IOM]] had been affected and
[[four|killed;a=The agency;alt=IOM]] had drowned. [[Another 150 shelters|housing]] were damaged.
[[About 1,500 migrants|displaced]] have moved into schools and mosques in Sheikh Othman. IOM said
it had distributed [[1,200 emergency kits|aid;a=IOM]] and planned to hand out
[[800 more|aid;p;n=-;u=other;a=IOM]]. Rainfall reached {{120 mm}} in {{24 hours}} in parts of Lahj,
Yemen's meteorology centre said.
""",
)

item(
    "Security forces tear down migrant camp in Aden",
    """
Security forces in Aden demolished
[[about 120 shelters|housing;a=residents and aid workers]] at an informal migrant camp in the
Basateen area on Tuesday and detained
[[some 600 people|arrested;a=residents and aid workers]], residents and aid workers said. The
camp had housed [[2,000-2,500 Ethiopians and Somalis|displaced;n=Ethiopians and Somalis;a=a camp leader]],
according to a camp leader. Aden's security directorate said it had freed
[[32 migrants|kidnapped;a=Aden's security directorate]] held by traffickers during the
operation. [[Three people|injured]] were hurt when police fired into the air. UNHCR said
[[hundreds of Somali refugee families|displaced;a=UNHCR]] living nearby fear they will be next.
""",
)

item(
    "IOM says aid reaches migrants along Yemen's coast",
    """
IOM teams in Yemen provided
[[more than 46,000 health consultations|aid;u=other;a=the agency;alt=IOM]] to migrants in
{{2022}}, the agency said in its annual review. Its mobile teams on the Lahj and Shabwa coasts
handed out [[212,000 bottles of water|aid;u=other;n=bottles]], and
[[about 18,400 migrants|aid]] received food and hygiene kits. The Migrant Response Point in
Aden, which can take in [[about 100 people|capacity]] at a time, registered
[[5,700 new arrivals|displaced]]. IOM also helped [[2,450 migrants|returned;a=IOM]] go home to
Ethiopia on [[18 flights|returned;a=IOM]] from Aden, it said. The agency says
[[more than 43,000 migrants|civilians;a=The agency;alt=IOM]] in Yemen need humanitarian
assistance.
""",
)

item(
    "Explainer: why Yemen remains a transit country despite its war",
    """
Yemen has been at war since the Houthis seized Sanaa in {{September 2014}}, and a Saudi-led
coalition intervened in {{March 2015}}. A UN-brokered truce in {{April 2022}} held for
{{six months}} and was largely observed informally after it lapsed in {{October 2022}}.
Smuggling networks on the Red Sea coast are older than the war, and fees for the trip from the
Horn to the Saudi border rose by about {{50%}} between {{2019}} and {{2023}}, according to an
ACLED analysis. The Yemeni rial has lost more than {{three quarters}} of its value in
government-held areas since {{2015}}, trading at over {{1,600 rials to the dollar}} in
{{2024}}. Yemen is a signatory to the {{1951}} Refugee Convention, the only country on the
Arabian Peninsula to be one.
""",
)

item(
    "Migrants driven from Saada under pandemic pretext, rights group says",
    """
Houthi forces rounded up [[thousands of Ethiopian migrants|displaced;a=Human Rights Watch]] in
Saada governorate in {{April 2020}} and drove them towards the Saudi border, Human Rights Watch
(HRW) said. Houthi authorities had detained [[about 1,000 migrants|arrested;a=survivors]] in Saada city
before the expulsions, and fighters burned [[hundreds of huts|housing;a=survivors]] in the
migrant quarter of al-Raqw, survivors told HRW. Survivors told the group that Houthi fighters
fired on the migrants, killing [[dozens|killed;a=Survivors]]. [[More than 40 migrants|injured;a=a health worker]]
were treated for gunshot wounds at a clinic in Saada, a health worker said. IOM later estimated
that [[about 2,000|displaced;a=IOM]] of the expelled migrants had made their way to Sanaa. HRW
said [[at least 300 people|arrested;a=HRW]] were later held in Saudi detention after crossing.
The Houthis said the expulsions were meant to protect residents from {{COVID-19}}.
""",
)

item(
    "Police free captives from smugglers' den in Abyan",
    """
Police in Yemen's Abyan governorate freed
[[83 Ethiopian migrants|kidnapped;a=the provincial police]] held by a smuggling gang at a farm
near Zinjibar, the provincial police said on Saturday. [[Eleven|injured;a=police]] of them were
being treated for injuries from beatings, police said. The freed captives included
[[nine women|kidnapped]] and [[14 children|kidnapped]]. The raid led to the arrest of
[[four gang members|arrested]], while [[two others|killed]] were killed in an exchange of fire.
Police said the gang had demanded up to {{$2,500}} from each captive's relatives. Abyan's
security chief said [[about 250 police|combatants;a=Abyan's security chief]] had been deployed
along the coastal road to stop smugglers moving migrants north.
""",
)

item(
    "Yemen's coastguard reports record interceptions",
    """
The Yemeni coastguard said it intercepted
[[312 smuggling boats|other;a=The Yemeni coastguard]] carrying
[[more than 21,000 migrants|other;a=The Yemeni coastguard]] in the Red Sea and Gulf of Aden
sectors in {{2025}}, its highest yearly total. It said
[[1,240 suspected smugglers|arrested;a=The Yemeni coastguard]] had been handed to prosecutors.
Coastguard units also recovered the bodies of [[96 migrants|killed]]. The force says it has
[[about 2,000 personnel|combatants;a=The force;alt=The Yemeni coastguard]] but too little fuel
to patrol every night. A coastguard commander in Mukalla said his units had only
[[11 serviceable boats|other;a=A coastguard commander in Mukalla]].
""",
)

item(
    "Detained migrants in Sanaa on hunger strike",
    """
[[About 450 Ethiopian migrants|arrested;a=relatives and a rights group]] held at a detention
centre in Sanaa have refused food since Monday to demand that they be sent home, relatives and a
rights group said. Mwatana for Human Rights said
[[at least 30 detainees|injured;a=Mwatana for Human Rights]] had been taken to hospital. Houthi
authorities said they had flown [[1,120 migrants|returned;a=Houthi authorities]] to Addis Ababa
on [[five flights|returned;a=Houthi authorities]] organised with IOM since January, and planned
to send [[another 600|returned;p;a=Houthi authorities]] before Ramadan. The centre, built for
[[roughly 500 people|capacity;a=Mwatana]], now holds [[more than 1,300|arrested;a=Mwatana]],
Mwatana said.
""",
)

item(
    "Families mark anniversary of Sanaa detention fire",
    """
Relatives of Ethiopian migrants who died in the fire at a Sanaa holding centre gathered at a
church in Addis Ababa on {{March 7, 2022}} to mark {{one year}} since the blaze. Tigist,
{{aged 31}}, said she last spoke to her husband by phone {{two days}} before the fire and has
never received his body. Speakers called on the UN Human Rights Council, which opened its
{{49th session}} in Geneva the week before, to order an independent inquiry. Organisers said a
diaspora fund had raised about {{$18,000}} for bereaved families. The ceremony ended at
{{6pm}} with a candlelit procession.
""",
)

item(
    "Women and girls among migrants held in Aden's crowded cells",
    """
[[More than 80 women and girls|arrested;n=women and girls;a=UNHCR]] are among
[[roughly 700 migrants|arrested;a=UNHCR]] held at a police compound in Aden's Mansoura
district, UNHCR said. The youngest is {{14 years old}}. Smugglers in Lahj hold
[[dozens of women|kidnapped;a=aid workers]] for ransom at any given time, aid workers estimate.
UNHCR said it had provided [[300 dignity kits|aid;a=UNHCR]] and
[[150 mattresses|aid;a=UNHCR]] to the compound, which was built to hold
[[150 detainees|capacity;a=UNHCR]]. Authorities said
[[about 200 of the detainees|returned;p;a=Authorities]] would be put on a boat to Somalia this
month.
""",
)
