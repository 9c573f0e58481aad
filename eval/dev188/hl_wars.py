"""Headlines and standfirsts of the war desks: strikes, raids, sieges, hostages and tolls, from
Gaza to the Sahel (33 cards with figures, 2 without)."""

from _wrap import card

card(
    "Gaza death toll tops [[40,000|killed;q=at_least]] as ceasefire talks stall",
    """The health ministry in the Hamas-run territory says [[40,005 people|killed;a=The health
    ministry in the Hamas-run territory]] have been killed since {{October 7}}, most of them
    women and children. [[At least 92,401 others|injured]] have been wounded, and mediators in
    Doha have yet to close the gaps on a hostage deal.""",
    stop=False,
)

card(
    "Israel releases [[110 Palestinians|other]] after [[3 hostages|kidnapped]] handed over",
    """Buses carrying [[110 Palestinian prisoners|other]] reached Ramallah and Khan Younis late on
    Thursday, hours after Hamas handed [[three Israeli hostages|kidnapped]] and [[five Thai
    nationals|kidnapped]] to the Red Cross. The Israel Prison Service said [[32 of the freed
    men|other;a=The Israel Prison Service]] had been serving life sentences.""",
)

card(
    "Sudan war: RSF assault on Zamzam camp kills [[over 100|killed;a=UN]] - UN",
    """The paramilitary Rapid Support Forces stormed the famine-hit camp near El Fasher, which
    shelters [[some 500,000 people|displaced;a=the UN]], the UN said on Saturday. [[Nine aid
    workers|killed;a=the group;alt=Relief International]] from Relief International were among
    the dead, the group said.""",
)

card(
    "Russian missiles hit Kyiv, killing [[31|killed]], including [[3 children|killed]]",
    """Ukraine's emergency service said [[more than 150 people|injured;a=Ukraine's emergency
    service]] were hurt in the overnight barrage, the heaviest on the capital in months. The air
    force said it shot down [[30|other;n=-;u=other;a=The air force]] of the [[38
    missiles|other;a=The air force]] fired, but a children's hospital was hit.""",
)

card(
    "Burkina Faso: jihadists kill [[dozens of soldiers|killed]] near Djibo",
    """[[At least 50 soldiers|killed;a=security sources]] and [[a dozen volunteer
    fighters|killed;a=security sources]] died when JNIM militants overran an army post on
    Sunday, security sources told AFP. The junta, in power since {{2022}}, has not commented.""",
)

card(
    "Israeli strikes on Lebanon kill [[558|killed;a=health ministry;alt=Lebanon's health "
    "ministry]] in a day, health ministry says",
    """Lebanon's health ministry says [[50 children|killed;a=Lebanon's health ministry]] and [[94
    women|killed;a=Lebanon's health ministry]] are among the dead, with [[1,835
    people|injured;a=Lebanon's health ministry]] wounded. Cars packed with families clogged the
    coastal highway north as [[tens of thousands|displaced]] fled the south.""",
)

card(
    "DR Congo: {{M23}} rebels seize Goma airport; [[700|killed]] killed in fighting",
    """The UN says [[at least 700 people|killed;a=The UN]] have died and [[2,800|injured;a=The UN]]
    have been wounded in {{five days}} of fighting for the city. Hospitals are overwhelmed and
    [[hundreds of thousands of people|displaced]] are sheltering in churches and schools.""",
    stop=False,
)

card(
    "Pakistani Taliban attack kills [[16 soldiers|killed;a=military]] near Afghan border - "
    "military",
    """Militants attacked a checkpoint in South Waziristan before dawn on Saturday, killing [[16
    soldiers|killed;a=the military]], the military said, adding that [[eight
    attackers|killed;a=the military]] died in the ensuing gunfight. The TTP claimed
    responsibility.""",
)

card(
    "Myanmar jet bombs school in Chin State, killing [[11|killed]], including [[7 pupils|killed]]",
    """Local resistance groups said [[at least 20 others|injured;a=Local resistance groups]] were
    hurt when a fighter jet struck the school in Falam township on Tuesday morning. The
    military, which seized power in {{2021}}, denies targeting civilians.""",
)

card(
    "[[12 terrorists|killed;a=ISPR]] killed in IBO in North Waziristan: ISPR",
    """Security forces killed [[12 terrorists|killed;a=the military's media wing;alt=ISPR]] in an
    intelligence-based operation in Mir Ali, the military's media wing said on Wednesday, while
    [[two soldiers|killed;a=the military's media wing;alt=ISPR]] were martyred in the exchange
    of fire.""",
    stop=False,
)

card(
    "Al-Shabaab attack on AU base: Uganda says [[54 troops|killed;a=Uganda]] killed",
    """President Yoweri Museveni said [[54 Ugandan soldiers|killed;a=President Yoweri Museveni]]
    died when the militants overran the base at Bulo Marer, {{120km}} south-west of Mogadishu.
    The African Union force has about [[17,000 troops|combatants]] in Somalia.""",
)

card(
    "Haiti gang attack on Pont-Sondé kills [[at least 70|killed;a=UN]], UN says",
    """Gang members armed with automatic rifles killed [[at least 70 people|killed;a=the UN human
    rights office]], including [[10 women|killed;a=the UN human rights office]] and [[three
    infants|killed;a=the UN human rights office]], the UN human rights office said. [[More than
    6,270 people|displaced;a=the International Organization for Migration]] fled the town,
    according to the International Organization for Migration.""",
)

card(
    "Houthi missile attack on ship in Gulf of Aden kills [[3 crew|killed]]",
    """US Central Command said [[three sailors|killed;a=US Central Command]] were killed and [[at
    least four others|injured;a=US Central Command]] injured when an anti-ship missile struck
    the Barbados-flagged bulk carrier. It was the first deadly attack on shipping since the
    campaign began in {{November 2023}}.""",
)

card(
    "[[3 Jawans|killed]] Killed, [[2|injured]] Injured In IED Blast In Chhattisgarh's Bijapur",
    """[[Three personnel|killed;a=police]] of the District Reserve Guard were killed and
    [[two|injured;a=police]] injured when Maoists triggered an improvised explosive device on a
    forest road in Bijapur district on Monday, police said.""",
    stop=False,
)

card(
    "Yemen: [[11|killed]] killed as Houthi shelling hits Taiz market",
    """Shells struck a crowded market in the besieged city on Saturday, killing [[11
    civilians|killed;a=local officials]] and wounding [[26|injured;a=local officials]], local
    officials said. Taiz has been under a Houthi siege since {{2015}}.""",
)

card(
    "Ukraine says it downed [[87|other;n=-;u=other;a=Ukraine]] of "
    "[[103 Russian drones|other;a=Ukraine]] overnight",
    """Ukraine's air force said [[87 drones|other;a=Ukraine's air force]] were shot down and
    [[16|other;n=-;u=other;a=Ukraine's air force]] were lost to electronic jamming. Falling
    debris damaged [[nine homes|housing;a=the governor]] in the Kyiv region, the governor said.""",
)

card(
    "Drone strike on minibus in Amhara kills [[30|killed;a=witnesses]], say witnesses",
    """Witnesses and a health worker said [[at least 30 passengers|killed;a=Witnesses and a health
    worker]], among them [[five children|killed;a=Witnesses and a health worker]], died when the
    vehicle was hit on the road to Bahir Dar. Ethiopia's government declared a state of
    emergency in the region in {{August 2023}}.""",
    stop=False,
)

card(
    "Mali: army says 'terrorists' killed [[40 civilians|killed;a=army]] near Bandiagara",
    """Gunmen on motorbikes attacked buses carrying traders to a weekly market, killing [[at least
    40 civilians|killed;a=the army]], the army said. [[Some 20 others|injured]] were taken to
    hospital in Mopti.""",
)

card(
    "Israeli raid on Jenin camp: [[12 Palestinians|killed]] killed, [[3,000|displaced]] flee",
    """Israeli forces withdrew on Wednesday after a {{two-day}} operation in which [[12
    Palestinians|killed;a=the Palestinian health ministry]] were killed, according to the
    Palestinian health ministry. The Palestine Red Crescent said [[about 3,000
    residents|displaced;a=The Palestine Red Crescent]] had left the camp during the raid.""",
)

card(
    "Gunmen abduct [[287|kidnapped]] from school in northern Nigeria",
    """Kaduna state officials say [[287 pupils and staff|kidnapped;n=pupils and staff;a=Kaduna
    state officials]] were seized when gunmen stormed the school in Kuriga on Thursday morning.
    [[Twenty-five|kidnapped;a=a teacher]] managed to escape into the bush, a teacher said.""",
)

card(
    "Israeli strike on Gaza school sheltering families kills [[22|killed;a=civil "
    "defence;alt=Gaza's civil defence agency]], "
    "civil defence says",
    """Gaza's civil defence agency said [[22 people|killed;a=Gaza's civil defence agency]], among
    them [[13 children|killed;a=Gaza's civil defence agency]], were killed when [[two
    missiles|other;a=Gaza's civil defence agency]] hit the school in Zeitoun. [[About 2,000
    displaced people|displaced]] had been sheltering in its classrooms.""",
    stop=False,
)

card(
    "Belgorod: Ukrainian drone attack kills [[3|killed;a=governor;alt=Regional governor "
    "Vyacheslav Gladkov]], governor says",
    """Regional governor Vyacheslav Gladkov said [[three civilians|killed;a=Regional governor
    Vyacheslav Gladkov]], including a {{9-year-old}} girl, were killed when drones struck a
    residential street, and [[seven|injured;a=Regional governor Vyacheslav Gladkov]] were
    wounded.""",
)

card(
    "Mogadishu beach attack: [[32|killed;a=police]] killed, [[63|injured;a=police]] injured - "
    "police",
    """Police spokesman Abdifatah Aden Hassan said [[32 people|killed;a=Police spokesman Abdifatah
    Aden Hassan]] died when al-Shabaab gunmen and a suicide bomber attacked diners on Lido beach
    late on Friday. All [[six attackers|killed;a=Police spokesman Abdifatah Aden Hassan]] were
    killed, he said.""",
)

card(
    "Syria: [[1,500|killed;a=monitor;alt=The Syrian Observatory for Human Rights]] killed in "
    "coastal violence, monitor says",
    """The Syrian Observatory for Human Rights says [[more than 1,500 people|killed;a=The Syrian
    Observatory for Human Rights]], most of them Alawite civilians, were killed in {{four days}}
    of clashes and reprisals in Latakia and Tartus provinces. The interim government has set up
    a committee to investigate.""",
)

card(
    "Russia and Ukraine swap [[390 prisoners|other]] each in biggest exchange of war",
    """[[A total of 780 people|other]], soldiers and civilians, were handed over on the Belarus
    border on Friday, the first stage of a deal agreed in Istanbul. Kyiv said it hoped to bring
    home [[1,000|other;p;a=Kyiv]] in all over the coming days.""",
)

card(
    "Gaza aid site shootings: [[31|killed;a=health officials]] killed queuing for food, health "
    "officials say",
    """Gaza health officials said [[31 people|killed;a=Gaza health officials]] were killed and
    [[more than 170|injured;a=Gaza health officials]] wounded near a distribution point in Rafah
    run by the US-backed Gaza Humanitarian Foundation. The Israeli military said it had fired
    warning shots.""",
    stop=False,
)

card(
    "US strikes on Yemen's Ras Isa port kill [[74|killed;a=Houthis]], Houthis say",
    """The Houthi-run health ministry said [[171 people|injured;a=The Houthi-run health ministry]]
    were also wounded in the strikes on the fuel terminal, the deadliest of the US campaign. US
    Central Command said the port was a source of revenue for the group.""",
)

card(
    "Colombia: ELN offensive in Catatumbo leaves [[80|killed]] dead; [[32,000|displaced]] flee",
    """Government officials said [[at least 80 people|killed;a=Government officials]] had been
    killed, among them [[five former FARC fighters|killed;a=Government officials]] who signed
    the {{2016}} peace deal. The ombudsman's office said [[32,000 people|displaced;a=The
    ombudsman's office]] had fled to Cúcuta and Tibú.""",
)

card(
    "Sahel: JNIM claims attack on Niger army convoy; [[21 soldiers|killed]] dead",
    """Niger's defence ministry said [[21 soldiers|killed;a=Niger's defence ministry]] were killed
    and [[15|injured;a=Niger's defence ministry]] wounded in an ambush near Tassia, adding that
    troops had "neutralised" [[dozens of terrorists|killed;a=Niger's defence ministry]].""",
    stop=False,
)

card(
    "Abducted bus passengers freed in Zamfara; [[4|missing]] still missing",
    """Police in Zamfara state said [[38 passengers|kidnapped;a=Police in Zamfara state]] seized by
    bandits on the Gusau-Funtua road on Sunday had been rescued in a joint operation with the
    army. [[Four women|missing;a=Police in Zamfara state]] remain unaccounted for, they added.""",
)

card(
    "Darfur: [[1.5m|civilians;v=1500000]] face siege in El Fasher as RSF closes in - UN",
    """The city is the army's last stronghold in Darfur. The UN says [[some 1.5 million
    people|civilians;v=1500000;a=The UN]], among them [[half a million displaced
    people|displaced;v=500000;a=The UN]], are trapped, and that the main hospital has been
    shelled {{seven times}} since May.""",
)

card(
    "Hezbollah pager blasts: Lebanon says [[12|killed;a=Lebanon]] dead, "
    "[[2,800|injured;a=Lebanon]] hurt",
    """Health minister Firass Abiad said [[two children|killed;a=Health minister Firass Abiad]]
    were among the dead after [[hundreds of pagers|other;u=other;a=Health minister Firass
    Abiad]] exploded almost simultaneously across the country. Hospitals called for blood
    donations.""",
)

card(
    "Kadugli: [[5,000-7,000 families|displaced]] flee shelling as RSF and SPLM-N close in",
    """Local aid groups said [[5,000 to 7,000 households|displaced;a=Local aid groups]] had fled to
    Dilling and the Nuba mountains over {{10 days}}, and that [[at least 35
    civilians|killed;a=Local aid groups]] had been killed. The town has been cut off since
    {{2023}}.""",
)

card(
    "Why Article 5 matters: NATO at {{75}} faces its hardest test",
    """Alliance leaders meet in Washington on {{July 9}} for a summit marking the treaty's {{75th}}
    anniversary, with {{Article 5}}, the mutual defence clause invoked only once, after
    {{9/11}}, back at the centre of debate. Spending targets of {{2%}} of GDP are no longer
    enough, officials say.""",
    stop=False,
)

card(
    "Netherlands says first {{F-16}} jets have reached Ukraine",
    """The Dutch defence minister said the aircraft, pledged in {{2023}}, were now "in Ukrainian
    hands", without saying how many. Pilots trained for {{10 months}} in Romania and Denmark,
    and Kyiv hopes to fly them before {{winter 2024}}.""",
)
