"""dev335 items: refugees and the national picture (Central African refugees in the East and
Adamawa, Cameroonians in Nigeria and Chad, national tolls, appeals, courts and the diaspora)."""

from _wrap import item

item(
    "Central African refugees in the East face ration cuts",
    """[[About 340,000 Central African refugees|displaced;a=UNHCR]] live in Cameroon's East,
    Adamawa and North regions, UNHCR said in its latest update. Border officials at
    Garoua-Boulaï said [[1,200 new arrivals|displaced;a=Border officials at Garoua-Boulaï]] had
    crossed in {{January}} after fighting around Bocaranga. The Gado-Badzéré camp alone houses
    [[some 25,000 people|displaced]]. UNHCR runs [[seven camps|capacity]] in the East, but {{70
    percent}} of the refugees live in host villages. WFP said it would cut rations for [[about
    150,000 refugees|aid;p;a=WFP]] by half from {{April}} because of a {{$14 million}} shortfall.
    [[4,300 refugee households|returned;a=the agency;alt=UNHCR]] went home to the Central African
    Republic last year under the voluntary repatriation programme, the agency said. [[Up to
    5,000 more|returned;p;n=-;a=the agency;alt=UNHCR]] could follow this year, it added.""",
)

item(
    "Cameroonian refugees in Benue go hungry as aid dwindles",
    """[[More than 8,000 Cameroonian refugees|displaced;a=Benue state emergency officials]] in the
    Ikyogen settlement have received no food since {{April}}, Benue state emergency officials
    said. [[About 1,200 households|aid]] were given cash in {{March}}, but the settlement's
    [[400 shelters|capacity]] are crumbling in the rains. Herders attacked farms near the
    settlement last month, killing [[two refugees|killed;a=camp leaders]] and wounding [[five
    to seven others|injured;a=camp leaders]], camp leaders said. UNHCR said [[about 87,000
    Cameroonians|displaced;a=UNHCR]] were registered in Nigeria, roughly half of them children.
    The Nigeria Immigration Service said it had turned back [[about 300|returned;n=-;a=The
    Nigeria Immigration Service]] at the Mfum crossing for lack of papers.""",
)

item(
    "Minister says separatists have killed hundreds of troops since 2016",
    """Territorial Administration Minister Paul Atanga Nji said separatists had killed [[more
    than 400 soldiers and police officers|killed;n=soldiers and police officers;a=Territorial
    Administration Minister Paul Atanga Nji]] and [[about 1,100 civilians|killed;a=Territorial
    Administration Minister Paul Atanga Nji]] since {{2016}}. He said [[about 2,000
    separatists|killed;a=Territorial Administration Minister Paul Atanga Nji]] had been
    "neutralised" and [[some 3,400 fighters|combatants;a=Territorial Administration Minister
    Paul Atanga Nji]] had surrendered. The opposition Social Democratic Front said the true toll
    was [[at least 6,000|killed;n=-;a=The opposition Social Democratic Front]]. He said the
    government would rebuild [[350 homes|housing;p;a=Territorial Administration Minister Paul
    Atanga Nji]] and [[40 health centres|housing;p;a=Territorial Administration Minister Paul
    Atanga Nji]] in the two regions by the end of {{2025}}. The minister, {{72}}, spoke at a
    news conference in Yaoundé.""",
)

item(
    "Biya sworn in for another term after disputed vote",
    """President Paul Biya, {{92}}, was sworn in on {{November 6}} for another {{seven-year}}
    term after the Constitutional Council declared him the winner of the {{October 12}}
    election with {{53.7 percent}} of the vote. His main challenger, Issa Tchiroma Bakary, who
    claimed to have won {{54.8 percent}}, rejected the result. Official turnout was {{46
    percent}}, and below {{10 percent}} in parts of the North-West. Biya first took office in
    {{1982}}. The next presidential election is due in {{2032}}.""",
)

item(
    "Cameroon appeal seeks $371m to help 2.7m people",
    """The UN and its partners appealed on Thursday for {{$371 million}} to help [[2.7 million
    people|aid;p;a=The UN and its partners]] in Cameroon this year. [[About 3.4 million
    Cameroonians|civilians;a=OCHA]] need humanitarian assistance, OCHA said. The country hosts
    [[about 480,000 refugees and asylum seekers|displaced;n=refugees and asylum seekers;a=the office;alt=OCHA]],
    while [[1.1 million people|displaced;a=the office;alt=OCHA]] are internally displaced and [[some
    630,000|returned;n=-;a=the office;alt=OCHA]] have returned to their areas of origin, the office said. Last
    year's appeal was only {{38 percent}} funded, and aid groups reached [[1.4 million
    people|aid]]. [[Between 300,000 and 350,000 children|civilians;p;a=UNICEF]] will need
    treatment for malnutrition, UNICEF said.""",
)

item(
    "Kidnappers terrorise Adamawa herders",
    """[[More than 400 people|kidnapped;a=the Adamawa regional governor]] have been kidnapped for
    ransom in the region since {{2020}}, the Adamawa regional governor said. On Sunday [[as many as 12 gunmen|combatants;a=witnesses]] on motorbikes seized [[six
    children|kidnapped;a=witnesses]] of a Mbororo herder near Meiganga, witnesses said, and the
    kidnappers demanded {{CFA 3 million}}. The army said elite troops killed [[nine kidnappers|killed;a=The army]]
    and freed [[14 hostages|kidnapped;a=The army]] in the Ngaoundal forest last week. [[Hundreds
    of herding families|displaced;a=MBOSCUDA]] have left their grazing lands for the towns,
    according to MBOSCUDA, and [[some 5,000 head of cattle|other;a=MBOSCUDA]] have been sold to
    pay ransoms. [[Two gendarmes|killed]] died in a shootout with kidnappers on the
    Ngaoundéré road in {{May}}.""",
)

item(
    "Central Africans head home from Cameroon's East",
    """A convoy of [[14 buses|other]] and [[four trucks|other]] carried [[412
    refugees|returned;a=UNHCR]] from Garoua-Boulaï to Bangui on Tuesday, UNHCR said. [[More than
    6,000|returned;p;n=-;a=the agency;alt=UNHCR]] have registered to go home this year, the
    agency said. [[Nearly 9,000|returned;n=-]] went back on their own last year. Each returning
    family receives {{CFA 150,000}} and seeds, and [[about 2,300 families|aid]] received return
    packages in {{2023}}. "I left Bouar in {{2014}} with nothing," said Aïssatou, {{37}}.""",
)

item(
    "Nigerian customs seize guns bound for Ambazonia fighters",
    """The Nigeria Customs Service said it had intercepted [[1,240 rounds of ammunition|other;a=The
    Nigeria Customs Service]] and [[17 pump-action guns|other;a=The Nigeria Customs Service]]
    hidden in a truck near Ikom, close to the Cameroon border. [[Three suspects|arrested;a=The
    Nigeria Customs Service]] were arrested and [[two vehicles|other;a=The Nigeria Customs
    Service]] impounded, it said. Cameroonian police said [[about 250 people|arrested;a=Cameroonian
    police]] had been detained in Douala this year on suspicion of financing separatists. In the
    United States, federal agents arrested [[two men|arrested]] in Maryland in {{2022}} for
    shipping weapons to the fighters. Smugglers are paid {{CFA 200,000}} per rifle.""",
)

item(
    "Displaced Anglophones rebuild lives in the West region",
    """[[About 24,000 displaced people|displaced;a=the regional delegation of social
    affairs]] live in Dschang and Bafoussam, according to the regional delegation of social
    affairs. The West region as a whole hosts [[more than 100,000|displaced;n=-;a=OCHA]] people
    who fled the Anglophone regions, OCHA says. [[Some 4,500 children|other]] from the
    North-West enrolled in the region's schools last year. The Catholic relief agency Caritas
    said it had distributed [[6,800 hygiene kits|aid;a=The Catholic relief agency Caritas]] and
    [[900 mattresses|aid;a=The Catholic relief agency Caritas]] in {{2023}}. [[An estimated 1,600
    households|displaced]] live in rented rooms and pay {{CFA 15,000}} a month. [[No more than 20
    families a week|aid;a=the agency;alt=Caritas]] can be helped with rent, the agency said.""",
)

item(
    "Central African rebels kill Cameroonian soldiers near Garoua-Boulaï",
    """[[Two Cameroonian soldiers|killed;a=the defence ministry]] were killed and
    [[four|injured;n=-;a=the defence ministry]] wounded when fighters of the {{3R}} rebel group
    attacked a border post near Garoua-Boulaï, the defence ministry said. Troops killed [[12
    rebels|killed;a=the defence ministry]] in the counter-attack, it said. [[About 2,000 civilians|displaced;a=local
    officials]] fled villages along the border, local officials said. Cameroon sent [[300
    troops|combatants]] to reinforce the area. [[Seven villagers|missing]] taken by the rebels
    are still unaccounted for. The {{3R}} group claims to defend Fulani herders in the Central
    African Republic.""",
)

item(
    "Cholera spreads among displaced in Buea and Limbe",
    """Health authorities in the South-West recorded [[1,432 suspected cholera
    cases|other;a=Health authorities in the South-West]] and [[49 deaths|killed;a=Health
    authorities in the South-West]] since {{October}}, many of them among displaced families in
    Buea and Limbe. The health ministry plans to vaccinate [[300,000 people|aid;p;a=The health
    ministry]] in the region. MSF opened [[two treatment centres|other]] with [[80
    beds|capacity;u=other]]. [[12 health workers|other]] have been infected. Patients arrive
    after walking up to {{20 km}}, and a litre of clean water costs {{CFA 100}}.""",
)

item(
    "Families search for relatives who vanished after arrest",
    """Relatives of [[more than 130 people|missing;a=the Centre for Human Rights and Democracy in
    Africa]] who disappeared after arrest in the Anglophone regions are still looking for them,
    according to the Centre for Human Rights and Democracy in Africa. [[About 40|arrested;n=-]]
    were later found in Kondengui prison. [[Eleven bodies|killed]] were identified in a Bamenda
    mortuary in {{2022}}. [[Some 80 families|other;a=the centre]] have filed complaints, the
    centre said. The ICRC said it had visited [[3,200 detainees|arrested;a=The ICRC]] in [[17
    prisons|other;u=structure;a=The ICRC]] across the country last year.""",
)

item(
    "Norwegian police arrest Ambazonia leader over incitement",
    """Ayaba Cho Lucas, leader of the Ambazonia Governing Council, was arrested in Norway on
    suspicion of inciting crimes against humanity. Cameroonian officials say fighters loyal to
    his group have killed [[more than 1,000 civilians|killed;a=Cameroonian officials]] and [[about
    500 soldiers|killed;a=Cameroonian officials]]. The council claims [[about 4,000
    fighters|combatants;a=The council]] in its Ambazonia Defence Forces. In {{2023}}, a
    Minnesota court convicted [[three men|arrested]] of sending weapons to the fighters. [[More
    than 20 separatist financiers|arrested;a=Cameroon's foreign ministry]] have been detained
    abroad, according to Cameroon's foreign ministry. [[Dozens of activists|other]] rallied
    outside the Oslo courthouse.""",
)

item(
    "Donors pledge more for the Anglophone regions",
    """The European Union announced {{€12 million}} in humanitarian aid for Cameroon on
    Wednesday, up {{20 percent}} on {{2022}}. Britain added {{£4.5 million}}, and the United
    States {{$27 million}}. The pledges cover {{18 months}}, until {{June 2025}}. Aid groups say
    only {{31 percent}} of the {{$407 million}} appeal had been funded by {{September}}. A donors'
    meeting is planned in Geneva on {{December 3}}.""",
)

item(
    "Bomb wounds students at University of Buea",
    """An improvised explosive device went off in an amphitheatre at the University of Buea,
    wounding [[11 students|injured;a=the university]], the university said. [[Three of
    them|injured;n=-;a=the university]] were in serious condition, it said. Police arrested
    [[six students|arrested]] for questioning. The campus, with [[some 25,000
    students|civilians]], has been hit by [[four other IED blasts|other;u=other]] since
    {{2020}}. The government said [[2,000 security personnel|combatants;p;a=The government]]
    would be deployed to campuses in Buea and Bambili. Lectures resume on {{November 15}}.""",
)

item(
    "Refugees return from Chad to Logone-et-Chari",
    """[[About 30,000 Cameroonians|returned;a=UNHCR]] who fled to Chad in {{December 2021}} have
    returned to Logone-et-Chari, UNHCR said. [[Some 8,000|displaced;n=-;a=UNHCR]] remain in
    Chad's Kalambari camp, it said. Local officials said [[1,500 homes|housing;a=Local
    officials]] had been damaged or destroyed in the fighting, and the government has rebuilt
    [[200 homes|housing]] so far. WFP gave food to [[12,000 returnees|aid]] in Kousseri.
    [[About 900 households|returned;p;a=the agency;alt=UNHCR]] are expected to cross back
    before the rains, the agency said. [[Between 40 and 60 families|other]] are still waiting
    for their land to be returned.""",
)
