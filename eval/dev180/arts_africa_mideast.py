"""Desert expulsions and returns in North and West Africa, Saudi Arabia and Ethiopians, and
Syrians deported from or going back from Lebanon, Turkey, Jordan and the camps of the
north-west (16 texts with figures, 1 without)."""

from _wrap import item

item(
    "Tunisia dumps migrants in desert near Libyan border, survivors say",
    """Tunisian security forces drove [[hundreds of sub-Saharan migrants|returned;a=survivors]]
    from Sfax to the desert near the Libyan border in early July, survivors told InfoMigrants,
    leaving them without water in temperatures above {{45C}}. Libyan border guards said they had
    rescued [[about 350 people|other;a=Libyan border guards]] near Al-Assah. Over the following {{three weeks}}, [[27 bodies|killed]] were recovered. [[A further 600
    migrants|returned;a=aid workers in Tozeur]] were taken toward the Algerian border, according to aid workers in
    Tozeur. Survivors said [[at least 12 people|missing;a=Survivors]] who set off on foot had not
    been seen since. "We walked for {{two days}}," said Moussa, {{23}}, from Guinea.
    The Libyan Red Crescent said it had given food and water to [[191 people|aid;a=The Libyan
    Red Crescent]] at the border post.""",
)

item(
    "Libya intercepted and returned over 21,000 migrants in 2024, IOM says",
    """The Libyan coast guard and other authorities intercepted and returned [[21,762
    people|returned;a=the International Organization for Migration]] to Libya in {{2024}},
    according to the International Organization for Migration, up from [[17,190|returned;a=the International Organization for Migration]] in {{2023}}. Those brought ashore are usually taken to detention centres. The
    UN says [[about 5,000 people|arrested;a=The UN]] are held in [[at least 24 official
    centres|capacity;a=The UN]], and [[thousands more|arrested;n=-;a=The UN]] in sites run by armed
    groups. The IOM recorded [[at least 965 deaths|killed;a=The IOM]] on the Central Mediterranean
    route last year. "People are being returned to a place where they face torture and
    extortion," said Rania, who works for an aid group in Tripoli.
    In {{one weekend}} in {{August}}, [[about 700 people|returned]] were intercepted and brought
    back to Tripoli.""",
)

item(
    "At Niger's 'Point Zero', migrants expelled by Algeria walk into the desert",
    """ASSAMAKA, Niger — [[More than 31,000 people|returned;a=Alarme Phone Sahara]] were expelled
    from Algeria to Niger in {{2024}}, according to Alarme Phone Sahara, a network that monitors
    the desert route. Trucks leave them at Point Zero, about {{15km}} from Assamaka, in convoys
    that carry [[between 600 and 1,000 people|returned]] at a time. The IOM transit centre in
    Assamaka, built for [[1,000 people|capacity;a=staff]], has sheltered [[as many as 4,800|displaced;a=staff]] at
    once, staff say. Médecins Sans Frontières said it treated [[more than 1,500
    people|injured;a=Médecins Sans Frontières]] for dehydration and injuries in the first {{three
    months}} of the year. Algeria says it deports only people who entered the country
    illegally.
    Alarme Phone Sahara said the bodies of [[at least 12 people|killed;a=Alarme Phone Sahara]]
    had been found on the route from Point Zero since {{January}}.""",
)

item(
    "Eastern Libya deports hundreds of Egyptians by land",
    """BENGHAZI (Reuters) - Authorities in eastern Libya deported [[about 1,000
    Egyptians|returned;a=the Anti-Illegal Immigration Agency]] through the Musaid border crossing
    on Monday, the Anti-Illegal Immigration Agency said. They had been detained in raids on farms
    and building sites in Benghazi and Tobruk over the past {{two weeks}}, and [[another
    700|arrested;a=the agency;alt=the Anti-Illegal Immigration Agency]] remain in custody awaiting
    deportation, the agency said. In {{June 2023}}, authorities deported [[more than 4,000
    Egyptians|returned]] in a single week. The bodies of [[nine Egyptian migrants|killed]] were
    found in the desert near Tobruk in {{March}}.
    Egypt's foreign ministry said [[986 citizens|returned;a=Egypt's foreign ministry]] had been
    received at Salloum, where it had sent [[25 buses|other;a=Egypt's foreign ministry]] to take
    them to their home provinces.""",
)

item(
    "Nigerians flown home from Libya on IOM charter",
    """TRIPOLI — A charter flight carrying [[163 Nigerians|returned]], including [[28
    children|returned]], left Mitiga airport for Lagos on Wednesday under the voluntary
    humanitarian return programme of the International Organization for Migration. [[Thirty-one
    of the passengers|arrested]] had been held in the Tariq al-Sikka detention centre until the
    day before. The IOM said it had helped [[more than 16,000 migrants|returned;a=The IOM]] go
    home from Libya in {{2024}} on [[over 100 flights|other;a=The IOM]]. Returnees can get
    reintegration support worth up to {{€1,500}} each.
    The IOM says [[about 700,000 migrants|displaced;a=The IOM]] live in Libya.""",
)

item(
    "Saudi border guards killed hundreds of Ethiopians, rights group says",
    """Saudi border guards killed [[at least 430 Ethiopian migrants|killed;a=a rights
    group]] trying to cross from Yemen between {{March 2022}} and {{June 2023}}, a rights group
    said in a report on Monday, describing mortar fire on groups that included women and
    children. The group said it had interviewed [[42 people|other;a=The group]], among them
    survivors who were wounded and a girl of {{14}} who lost both legs. Each year, [[tens of
    thousands of Ethiopians|displaced]] make the journey through Yemen in search of work in the
    kingdom. Saudi Arabia rejected the findings as "unfounded".
    Survivors described seeing [[dozens of bodies|killed;a=Survivors]] on the mountain paths.
    Saudi Arabia deported [[more than 450,000 Ethiopians|returned;a=the IOM]] between {{2017}}
    and {{2023}}, according to the IOM.""",
)

item(
    "Ethiopia begins repatriating citizens held in Saudi Arabia",
    """ADDIS ABABA (Reuters) - Ethiopia on Tuesday began repatriating [[some 70,000
    citizens|returned;p;a=the foreign ministry]] held in Saudi detention centres, the foreign
    ministry said, with [[two flights a day|other;p;a=the foreign ministry]] planned for the
    next {{three months}}. The first flight landed at Bole airport with [[about 400
    people|returned]]. Rights groups said [[more than 30,000 people|arrested;a=Rights groups]] had
    been held at a single centre at al-Shumaisi, near Jeddah. Ethiopian officials said [[about
    100,000 people|returned;a=Ethiopian officials]] were deported between {{2017}} and {{2020}}.
    [[Three reception centres|capacity]] have been set up in Addis Ababa.""",
)

item(
    "Returnees from Saudi Arabia arrive in Addis with little but the clothes they wear",
    """The young men step off the plane in plastic sandals, some with bandaged hands. The IOM
    said it had registered [[3,412 unaccompanied children|returned;a=The IOM]] among the
    returnees since {{April}}, and that [[about 1,000 people|injured;a=The IOM]] had needed
    medical care on arrival. At a reception centre in Addis Ababa, which can take [[up to 2,000
    people|capacity]], returnees are given a meal, a mattress and {{1,500 birr}} for the bus home.
    "I spent {{nine months}} in a room with [[200 men|arrested;a=Kedir]]," said Kedir, {{19}},
    from Oromia.
    Since {{2023}}, [[about 140,000 Ethiopians|returned;a=the government]] have been flown home
    from Saudi Arabia on [[more than 400 flights|other;a=the government]], the government says.""",
)

item(
    "Lebanon's army deports Syrians as raids intensify, aid groups say",
    """BEIRUT (AFP) - The Lebanese army detained [[more than 1,100 Syrians|arrested;a=a
    humanitarian source]] in raids in April and deported [[at least 600 of
    them|returned;n=-;a=a humanitarian source]], a humanitarian source told AFP. UNHCR said it had
    received reports of [[13 raids|other;u=other;a=UNHCR]] on refugee camps in the Bekaa and
    Mount Lebanon. Lebanon says it hosts [[about 1.5 million Syrians|displaced;a=Lebanon;v=1500000]],
    [[nearly 800,000|displaced;a=Lebanon]] of them registered with the UN. Some of those deported had
    lived in Lebanon since {{2013}}.
    Syrian monitors said [[at least 13 deportees|arrested;a=Syrian monitors]] were detained by
    Syrian security forces on arrival.""",
)

item(
    "Over 500,000 Syrians return from abroad since Assad's fall, UNHCR says",
    """GENEVA (Reuters) - [[More than 500,000 Syrians|returned;a=UNHCR]] have returned from
    neighbouring countries since the fall of Bashar al-Assad on {{December 8}}, UNHCR said on
    Thursday, and [[about 1.2 million internally displaced people|returned;a=UNHCR;v=1200000]]
    have gone back to their home areas. The agency expects [[up to 1.5 million
    refugees|returned;p;a=The agency;alt=UNHCR;v=1500000]] to return in {{2025}}. Turkey said
    [[about 175,000|returned;a=Turkey]] had crossed through its [[seven border gates|other;u=other;a=Turkey]]
    since {{December}}.
    The UN says [[more than 16 million people|civilians;a=The UN]] in Syria need aid. [[About
    328,000 homes|housing;a=the World Bank]] were destroyed or damaged in the war, the World
    Bank estimates.""",
)

item(
    "Turkey's briquette homes for returning Syrians",
    """Turkey has built [[more than 100,000 briquette houses|housing]] in opposition-held
    northern Syria, part of a plan President Recep Tayyip Erdoğan said in {{May 2022}} would allow
    [[1 million Syrians|returned;p;a=President Recep Tayyip Erdoğan]] to return voluntarily.
    Turkish officials say [[about 600,000 Syrians|returned;a=Turkish officials]] have gone back
    since {{2016}}. Rights groups accuse Ankara of deporting [[at least 1,500
    people|returned;a=Rights groups]] in {{2023}} alone after forcing them to sign voluntary
    return forms. Turkey still hosts [[about 3 million Syrians|displaced]], the largest refugee
    population in the world.
    [[About 1,500 families|returned]] crossed through Bab al-Hawa and Bab al-Salam in the first
    week of {{December}}.""",
)

item(
    "Fleeing Israeli strikes, Syrians return to the country they fled",
    """[[More than 400,000 people|displaced;a=Lebanese authorities]] crossed from Lebanon into
    Syria in the {{three weeks}} after Israel escalated its strikes, Lebanese authorities said,
    [[about 280,000 of them|returned;n=-;a=Lebanese authorities]] Syrians and [[120,000
    Lebanese|displaced;a=Lebanese authorities]]. An Israeli strike on {{4 October}} cut the main
    road at Masnaa, forcing families to cross on foot. The Syrian Network for Human Rights said it
    had documented the arrest of [[at least 26 returnees|arrested;a=The Syrian Network for Human
    Rights]], most of them men {{aged 18 to 42}} wanted for military service.
    At Jdeidet Yabous, on the Syrian side, UNHCR teams handed out [[16,000 mattresses|aid]] and
    [[8,000 blankets|aid]] in the first week.""",
)

item(
    "Tunisia ramps up 'voluntary' returns from Sfax olive groves",
    """EL AMRA, Tunisia (AP) — Police bulldozed makeshift camps in the olive groves near El Amra,
    where [[about 20,000 migrants|displaced;a=authorities]] had been living, authorities said. The
    IOM said it had helped [[7,250 people|returned;a=The IOM]] return home voluntarily in {{2024}}
    and aimed to assist [[10,000 more|returned;p;n=-;a=The IOM]] this year. The National Guard said
    it had stopped [[more than 80,000 people|other;a=The National Guard]] from setting off for
    Italy in {{2024}}. Some migrants said they had signed up for return after being robbed at
    knifepoint.
    [[More than 1,200 makeshift shelters|housing]] were destroyed in the operation, which
    involved [[about 1,000 National Guard officers|combatants]].""",
)

item(
    "EU and Tunisia sign migration pact worth €105 million",
    """TUNIS — The European Union and Tunisia signed a memorandum of understanding on Sunday that
    includes {{€105 million}} to fight people smuggling and pay for returns, along with a
    promise of {{€900 million}} in longer-term support. The deal, signed on {{July 16}}, was
    presented as a model for other countries. President Kais Saied said Tunisia would not act
    as a border guard for Europe, as he had said since his election in {{2019}}.""",
)

item(
    "Mauritania expels hundreds of Malians and Senegalese to border towns",
    """NOUAKCHOTT — Mauritania has expelled [[more than 1,200 migrants|returned;a=officials in
    Senegal and Mali]] to the border towns of Gogui and Rosso since early {{March}}, officials in
    Senegal and Mali said. Malian officials said [[at least 550 Malians|returned;a=Malian
    officials]] had arrived in Gogui, some after spending {{a week}} in a Nouakchott police
    station. Mauritania said it had dismantled [[eight smuggling networks|other;u=other;a=Mauritania]]
    this year. The country hosts [[more than 100,000 Malian refugees|displaced]] in the Mbera camp
    and signed a {{€210 million}} migration deal with the EU in {{2024}}.
    Senegalese officials said [[seven migrants|killed;a=Senegalese officials]] had died of
    thirst after being left near the border. The Red Cross in Rosso was handing out [[about 300
    meals a day|aid]].""",
)

item(
    "Zaatari residents begin the long road home to Syria",
    """ZAATARI, Jordan — [[Some 70,000 Syrians|displaced;a=UNHCR]] still live in Zaatari, and
    [[about 4,300 of them|returned;n=-;a=UNHCR]] have gone home since January, UNHCR says.
    [[Three buses|other]] leave the camp for the Jaber crossing each week. The camp, opened in
    {{2012}}, once housed [[more than 150,000 people|displaced]]. Abu Khaled, {{57}}, has packed
    twice and unpacked twice. "My house in Daraa has no roof," he said.
    Jordan says [[more than 1.3 million Syrians|displaced;a=Jordan;v=1300000]] live in the
    kingdom, [[about 610,000|displaced;a=Jordan]] of them registered with UNHCR.""",
)

item(
    "Camp residents in Idlib head home, but many come back",
    """[[More than 280,000 people|returned;a=OCHA]] have left camps in north-west Syria and gone
    back to their home towns since {{December}}, according to OCHA. [[About 1.9 million
    people|displaced;a=OCHA;v=1900000]] still live in [[some 1,500 camps|capacity;a=OCHA]] and
    informal sites across Idlib and northern Aleppo, it said. In the Atmeh camps near the Turkish
    border, [[about 600 tents|other]] stood empty last week, their owners gone to villages in
    southern Idlib and Hama. Abu Mahmoud, {{61}}, went back to Kafr Nabl after {{six years}} in a
    tent. "On my street, [[32 houses|housing;a=Abu Mahmoud]] have no roof," he said. The Syrian
    Response Coordinators group said [[about 41,000 families|returned;a=The Syrian Response
    Coordinators group]] had gone home in {{March}} alone, but that [[some 5,000
    families|displaced;a=The Syrian Response Coordinators group]] had come back to the camps
    because their houses were uninhabitable. The UN says returnees need [[30,000 shelter
    kits|aid;p;a=The UN]] before winter.""",
)
