"""dev204 items: Gaza and the West Bank, Lebanon, Syria and Yemen."""

from _wrap import item

item(
    "UNRWA says its staff toll in Gaza has passed 200",
    """
    UNRWA said on Thursday that [[207 of its staff|killed;a=UNRWA]] had been killed in Gaza
    since {{7 October 2023}}, more than in any conflict in the history of the United Nations.
    The agency said [[at least 145 of its installations|housing;a=The agency;alt=UNRWA;u=structure]]
    had been damaged, many of them schools turned into shelters, and that
    [[some 560 people|killed;a=The agency;alt=UNRWA]] sheltering under the UN flag had been killed
    inside them. At the height of the displacement it ran [[154 shelters|capacity;a=UNRWA]]
    housing [[about 1.4 million people|displaced;a=UNRWA]], it said. Said Hamdan, an UNRWA
    spokesman in Amman, told reporters that [[about 3,000 staff|other;a=Said Hamdan]] were still
    working in the Strip, down from [[13,000|other;a=Said Hamdan]] before the war. "Every one of
    them has lost someone," he said. The agency's mandate, created by a General Assembly
    resolution in {{1949}}, is up for renewal next year.
    """,
)

item(
    "Patients and staff moved out of besieged Kamal Adwan hospital",
    """
    The World Health Organization said on Sunday that a joint mission had moved
    [[31 critically ill patients|displaced;a=The World Health Organization]] and
    [[22 caregivers|displaced;a=The World Health Organization]] out of Kamal Adwan Hospital in
    northern Gaza to Al-Shifa in Gaza City. The operation took almost {{12 hours}}, and the convoy
    was held at a checkpoint where [[two paramedics|arrested;a=The World Health Organization]]
    were taken away for questioning, it said. Fadi Abu Ghali, the hospital's acting director, said
    [[about 90 patients|civilians;a=Fadi Abu Ghali]] and
    [[fewer than 25 doctors and nurses|other;a=Fadi Abu Ghali;n=doctors and nurses]] were still
    inside, with [[three ambulances|other;a=Fadi Abu Ghali]] left and oxygen for {{two days}}. The
    hospital was built with [[120 beds|capacity]]. Israel's military said its troops had detained
    [[240 suspected militants|arrested;a=Israel's military]] in and around the compound, among
    them the director, and accused Hamas of using the building as a command centre, which staff
    denied.
    """,
)

item(
    "WHO logs more than 1,700 attacks on health care in Gaza and West Bank",
    """
    The World Health Organization has recorded
    [[1,054 attacks|other;a=The World Health Organization;u=other]] on health care in Gaza since
    {{October 2023}}, and [[694|other;a=The World Health Organization;u=other]] in the occupied
    West Bank. In Gaza the attacks killed
    [[727 people|killed;a=the agency;alt=The World Health Organization]], injured
    [[1,010|injured;a=the agency;alt=The World Health Organization]] and damaged
    [[122 health facilities|housing;a=the agency;alt=The World Health Organization]] and
    [[180 ambulances|other;a=the agency;alt=The World Health Organization]], the agency said in
    its latest update. Only [[18 hospitals|other]] in the Strip were even partly functional on
    Monday, with a combined [[1,800 beds|capacity]] for a population of
    [[2.1 million|civilians;n=-]]. Occupancy in the wards still open stood at {{170%}} and more,
    the update said. The figures cover the period to {{30 June}} and are verified before they are
    published, which means they lag the reports of the health ministry.
    """,
)

item(
    "Bodies of 15 rescue workers recovered from sand in Rafah",
    """
    The Palestine Red Crescent Society (PRCS) said on Sunday that the bodies of
    [[15 emergency workers|killed;a=The Palestine Red Crescent Society]] had been recovered from
    a shallow grave in Rafah, {{a week}} after their convoy came under fire.
    [[Eight of the dead|killed;a=the organisation;alt=The Palestine Red Crescent Society]] were
    Red Crescent paramedics, [[six|killed;a=the organisation;alt=The Palestine Red Crescent Society]]
    belonged to Gaza's civil defence and
    [[one|killed;a=the organisation;alt=The Palestine Red Crescent Society]] was a UN staff
    member, the organisation said. [[One other medic|missing;a=PRCS]] is still unaccounted for,
    PRCS said. The convoy of [[five ambulances|other]], a fire engine and a UN car was hit before
    dawn on {{23 March}}. The Israeli military said troops had fired on vehicles approaching
    without lights and that
    [[six Hamas and Islamic Jihad militants|killed;a=The Israeli military]] were among the dead,
    a claim the society rejected. PRCS says
    [[more than 30 of its staff and volunteers|killed;a=PRCS;n=staff and volunteers]] have been
    killed in Gaza since the war began.
    """,
)

item(
    "Lebanon counts health and rescue workers killed in a year of strikes",
    """
    Lebanon's health ministry said on Friday that
    [[163 health and rescue workers|killed;a=Lebanon's health ministry;n=health and rescue workers]]
    had been killed in Israeli strikes since {{October 2023}}, and
    [[279|injured;a=Lebanon's health ministry;n=-]] wounded. The health minister told a news
    conference that [[158 ambulances|other;a=The health minister]] and
    [[55 hospitals|housing;a=The health minister]] had been hit. [[Eight hospitals|other]] in the
    south had been forced to close and [[seven more|other;n=-;u=structure]] were working at
    reduced capacity, while [[some 100 primary health centres|other]] had shut their doors. In
    Tyre, surgeons were operating in a basement, with beds moved away from the windows. The World
    Health Organization said it had delivered
    [[32 tonnes of medical supplies|aid;a=The World Health Organization;n=tonnes;u=other]] since
    {{23 September}}, enough to treat trauma cases for {{several weeks}}.
    """,
)

item(
    "Houthis detain more UN staff as WFP halts work in Saada",
    """
    The United Nations said on Friday that Houthi authorities had detained
    [[eight more of its staff|arrested;a=The United Nations]] in Saada province, bringing to
    [[31|arrested;a=The United Nations;n=-]] the number of UN personnel held by the group. The
    World Food Programme said it had paused operations in the province, where it had been
    feeding [[about 700,000 people a month|aid;a=The World Food Programme]]. Rights groups say
    [[dozens of Yemeni employees|arrested;a=Rights groups]] of local charities and embassies have
    also been held since {{2021}}. In {{June 2024}} the group rounded up [[13 UN staff|arrested]]
    and [[more than 50 employees|arrested]] of aid groups and civil society in a single week. UN
    agencies have since moved [[around 60 international staff|displaced;a=a UN official]] from
    Sanaa to Aden, according to a UN official who spoke on condition of anonymity. The Houthis
    accuse the detainees of spying, a charge the UN rejects.
    """,
)

item(
    "Last hospitals in eastern Aleppo knocked out, doctors say",
    """
    All hospitals in rebel-held eastern Aleppo are out of service after {{five days}} of air
    strikes, the Syrian American Medical Society said on Saturday. The group said
    [[five hospitals|housing;a=The group;alt=the Syrian American Medical Society]] and
    [[two clinics|housing;a=The group;alt=the Syrian American Medical Society]] had been struck
    since Tuesday, leaving [[about 250,000 people|civilians;a=The group;alt=the Syrian American Medical Society]]
    under siege without hospital care. Only [[about 30 doctors|other;a=the World Health Organization]]
    remain in the besieged districts, according to the World Health Organization.
    [[Two nurses|killed]] were killed and [[at least 12 staff|injured]] hurt when barrel bombs
    hit the hospital known as {{M10}}. Physicians for Human Rights has documented
    [[382 attacks|other;a=Physicians for Human Rights;u=other]] on medical facilities in Syria
    since {{2011}}, {{90 percent}} of them by government and Russian forces, and the deaths of
    [[757 medical personnel|killed;a=Physicians for Human Rights]].
    """,
)

item(
    "Armed gangs loot most of a UN convoy in southern Gaza",
    """
    UNRWA said on Monday that a convoy of [[109 trucks|aid;a=UNRWA]] had been ambushed after
    crossing at Kerem Shalom and that [[98|aid;a=UNRWA;u=other;n=-]] of them were lost, with
    their loads of flour and food parcels taken. [[Four drivers|injured]] were hurt when they
    were forced out of their cabs at gunpoint. An UNRWA official said
    [[dozens of gunmen|combatants;a=An UNRWA official]] had taken part, some firing in the air,
    and that the convoy was not escorted. [[Fewer than 2,000 aid trucks|aid;a=UN figures]]
    entered Gaza in {{October}}, according to UN figures, the lowest monthly total of the war.
    [[Some 1.8 million people|civilians;a=the Integrated Food Security Phase Classification]]
    face extreme levels of hunger, according to the Integrated Food Security Phase
    Classification. Aid groups say
    [[at least 30 people|killed;a=Aid groups]] have been killed in attacks on convoys and on the
    police who once guarded them.
    """,
)

item(
    "Seven World Central Kitchen workers killed in Israeli strike",
    """
    World Central Kitchen said on Tuesday that
    [[seven of its workers|killed;a=World Central Kitchen]] had been killed in an Israeli air
    strike in Deir al-Balah as they left a warehouse. The dead included
    [[three British nationals|killed;a=the charity;alt=World Central Kitchen]], an Australian, a
    Pole, a US-Canadian dual citizen and a Palestinian, the charity said. The team had just
    unloaded [[more than 100 tonnes of food|aid;a=the group;alt=World Central Kitchen;n=tonnes]]
    brought in by sea, the group said. The charity said it was pausing operations that had
    served [[more than 43 million meals|aid;a=The charity;alt=World Central Kitchen]] in Gaza.
    Ships carrying [[about 240 tonnes of aid|aid;n=tonnes]] turned back to Cyprus. The Israeli
    army called the strike a grave mistake and said it had dismissed
    [[two officers|other;a=The Israeli army]]. The United Nations says
    [[nearly 200 aid workers|killed;a=The United Nations]] have been killed in Gaza since
    {{October}}.
    """,
)

item(
    "Medics say Israeli forces blocked ambulances during Jenin raid",
    """
    The Palestine Red Crescent said its crews had been kept from reaching
    [[at least 15 wounded people|injured;a=The Palestine Red Crescent]] during a {{two-day}} raid
    on Jenin refugee camp. [[Two paramedics|injured;a=the society;alt=The Palestine Red Crescent]]
    were hit by gunfire and [[one volunteer|arrested;a=the society;alt=The Palestine Red Crescent]]
    was held for {{several hours}}, the society said. The Khalil Suleiman Hospital was surrounded
    by troops and armoured vehicles, with [[about 40 patients|civilians;a=the Palestinian health ministry]]
    and [[60 staff|civilians;a=the Palestinian health ministry]] trapped inside, the Palestinian
    health ministry said. The Israeli military said it had arrested
    [[23 wanted suspects|arrested;a=The Israeli military]] and killed
    [[five gunmen|killed;a=The Israeli military]] in the operation. The WHO says the West Bank
    has seen [[more than 800 attacks|other;a=The WHO;u=other]] on health care since
    {{October 2023}}.
    """,
)

item(
    "Strike on MSF-backed hospital in northern Yemen kills 11",
    """
    An air strike on a hospital in Abs supported by Médecins Sans Frontières killed
    [[11 people|killed;a=the medical charity;alt=Médecins Sans Frontières]] and wounded
    [[19|injured;a=the medical charity;alt=Médecins Sans Frontières]], the medical charity said on
    Monday. [[One MSF staff member|killed;a=Médecins Sans Frontières]] was among the dead, it said.
    It was the {{fourth}} attack on a facility run or supported by MSF in Yemen in
    {{12 months}}. The hospital had [[14 beds|capacity]] when the group began supporting it in
    {{July 2015}}, and had since admitted [[more than 4,600 patients|other]]. MSF said it had
    withdrawn [[15 international staff|displaced;a=MSF]] from Hajjah and Saada provinces after
    the strike. The Saudi-led coalition said it would investigate. According to the UN,
    [[more than 600 health facilities|housing;a=the UN]] have been damaged or destroyed in Yemen
    since {{March 2015}}.
    """,
)

item(
    "Syrian Red Crescent mourns volunteers killed in Idlib shelling",
    """
    The Syrian Arab Red Crescent said on Wednesday that
    [[two volunteers|killed;a=The Syrian Arab Red Crescent]] had been killed when their marked
    ambulance was hit by shelling in rural Idlib, bringing the number of its members killed since
    {{2011}} to [[66|killed;a=The Syrian Arab Red Crescent;n=-]]. [[Three others|injured]] were
    wounded. The ICRC said [[an estimated 1.1 million people|civilians;a=The ICRC]] in the area
    depended on clinics that were now at risk. A UN convoy of [[25 trucks|aid]] carrying
    medicines and food for [[40,000 people|aid]] crossed from Turkey through Bab al-Hawa on
    Thursday. [[More than 930 health workers|killed;a=Physicians for Human Rights]] have been
    killed in Syria since the uprising began, according to Physicians for Human Rights. SARC
    says [[23 of its ambulances|other;a=SARC]] have been destroyed in the war.
    """,
)

item(
    "Foreign medical teams in Gaza strain to replace lost hospitals",
    """
    The World Health Organization said
    [[21 emergency medical teams|other;a=The World Health Organization;u=other]] were working in
    Gaza, with [[about 360 international staff|other;a=The World Health Organization]] and
    [[1,200 Palestinian health workers|other;a=The World Health Organization]]. The teams run
    [[four field hospitals|other]] and together add [[about 650 beds|capacity]] to a system that
    has lost most of its own. The WHO said
    [[more than 12,000 patients|displaced;a=The WHO;p]] needed to be evacuated abroad for
    treatment. Only [[about 5,000|displaced;a=the agency;alt=The WHO;n=-]] have left since the
    Rafah crossing closed in {{May 2024}}, the agency said. Each medical evacuation takes
    {{weeks}} of clearances, and many patients have died waiting.
    """,
)

item(
    "Strikes on Idlib health facilities force dozens to close",
    """
    [[At least 24 health facilities|housing;a=the United Nations]] in north-west Syria have been
    hit since the government offensive began in late April, the United Nations said on Friday.
    [[At least 49 health facilities|other;a=the United Nations]] have suspended operations, it
    said, cutting off [[about 600,000 people|civilians;a=the United Nations]] from care.
    [[Nine health workers|killed]] have been killed and [[16 ambulances|other]] damaged. The
    Syrian Network for Human Rights put the number of attacks on medical facilities at
    [[46|other;a=The Syrian Network for Human Rights;u=other;n=-]]. OCHA said
    [[some 300,000 people|displaced;a=OCHA]] had fled towards the Turkish border. Russia's
    defence ministry said its aircraft struck only militant targets.
    """,
)

item(
    "Gaza hospital warns fuel will run out within two days",
    """
    The director of Al-Aqsa Martyrs Hospital in Deir al-Balah said on Wednesday that its
    generators would stop within {{48 hours}} unless fuel arrived, and that bed occupancy had
    reached {{250 percent}}. Staff were rationing power to the intensive care unit, which had run
    on its last working generator since {{3am}} on Tuesday. The hospital burns about {{2,000 litres}} of
    diesel a day. The World Health Organization said it had last delivered fuel {{nine days}}
    ago and that its request for a convoy on {{14 August}} had been denied.
    """,
)

item(
    "Ten years on, Resolution 2286 has not stopped attacks on hospitals",
    """
    When the Security Council adopted {{Resolution 2286}} in {{May 2016}}, it demanded an end to
    attacks on health care in war. A decade later, aid groups say the text is ignored from Gaza to
    Sudan. The Safeguarding Health in Conflict Coalition said attacks recorded in {{2024}} rose
    by {{15%}} on {{2023}}, itself a record year, and that funding for protection programmes had
    fallen to {{$12 million}}. The coalition's {{12th}} annual report, due on {{21 May}}, will
    be presented in Geneva.
    """,
)
