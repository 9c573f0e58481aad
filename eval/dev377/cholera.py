"""dev377 items: cholera and other disease, hunger and the health and aid response in Renk,
Malakal and the places that take in returnees and refugees (2023-2026)."""

from _wrap import item

item(
    "Cholera confirmed in Renk as returnee camp swells",
    """
    JUBA, {{Oct 28}} (Reuters) - South Sudan's health ministry declared a cholera outbreak in
    Renk on Monday after laboratory tests confirmed the disease in [[five stool samples|other;
    a=South Sudan's health ministry;u=other;n=samples]] from the transit centre. The ministry
    said [[147 suspected cases|other;a=The ministry]] and [[six deaths|killed;a=The ministry]]
    had been recorded since {{Oct 15}}. {{More than 80%}} of the cases were among
    returnees who had crossed from Sudan in the past {{two weeks}}, according to the World Health
    Organization. Médecins Sans Frontières said its {{24-hour}} clinic in Renk had admitted [[68
    patients|other;a=Médecins Sans Frontières]] with severe watery diarrhoea in {{five days}}.
    The WHO said it was sending [[20,000 doses|aid;p;a=WHO]] of oral cholera vaccine and [[two
    cholera kits|aid;a=WHO]], each enough to treat [[100 patients|capacity;a=WHO]].
    """,
)

item(
    "Cholera reaches Malakal's protection site",
    """
    MALAKAL, {{Nov 19}} - Cholera has spread from Renk to Malakal, where health workers have
    recorded [[312 cases|other;a=health workers]] and [[nine deaths|killed;a=health workers]] in
    the UN protection site and the Bulukat transit centre since {{Nov 4}}. The two sites shelter
    [[about 46,000 people|displaced;a=OCHA]], according to OCHA, [[including some 8,000
    returnees|returned;a=OCHA]] who arrived by boat in recent weeks. MSF said its cholera
    treatment unit in the site had [[40 beds|capacity;a=MSF]] and was full; it was putting up
    tents for [[30 more|capacity;p;a=MSF;n=-;u=other]]. "Most of the people who died
    reached us too late," said Elizabeth Nyandeng, an MSF nurse, adding that [[three of the
    dead|killed;a=Elizabeth Nyandeng;n=dead]] were children. Water trucking in the transit centre
    covers about {{eight litres}} a person a day, half the emergency minimum.
    """,
)

item(
    "MSF opens cholera treatment centre in Renk",
    """
    Médecins Sans Frontières has opened a cholera treatment centre with [[120 beds|capacity;
    a=Médecins Sans Frontières]] in Renk, the organisation said on Wednesday, the largest in the
    country. The centre has admitted [[1,032 patients|other;a=Médecins Sans
    Frontières]] since it opened on {{Nov 2}}, and [[14 of them|killed;a=Médecins Sans Frontières;n=-]] have died, it said. MSF has [[about 90 staff|other;
    a=MSF]] in Renk, most of them hired locally. An MSF
    coordinator, Jean-Marc Lefèvre, said the team was also running [[six oral rehydration
    points|capacity;a=Jean-Marc Lefèvre;u=structure;n=points]] in the town and along the river
    port. He said cases were rising by about {{15 per cent}} a week and that on the busiest day
    [[212 patients|other;a=Jean-Marc Lefèvre]] had been admitted. The centre replaced a tent unit
    that had room for [[no more than 40 patients|capacity]].
    """,
)

item(
    "Vaccination campaign against cholera reaches Renk and Malakal",
    """
    A {{ten-day}} oral cholera vaccination campaign in Renk and Malakal reached [[412,630
    people|aid;a=the health ministry and WHO]] aged {{one year}} and older, the health ministry and
    WHO said on Friday. The campaign used [[430,000 doses|aid;u=other]] from the
    global stockpile. [[About 350 vaccinators|other;a=the ministry]] in [[70 teams|other;
    u=other;a=the ministry]] went tent to tent and house to house, the ministry said. [[Nearly
    9,000 people|aid;a=WHO]] were vaccinated on boats and at the port as they left for
    Malakal, WHO said. UNICEF said a {{second}} round for [[about 180,000 children|aid;p;
    a=UNICEF]] was planned for {{January}}.
    """,
)

item(
    "WHO: South Sudan's cholera outbreak is its worst on record",
    """
    GENEVA, {{March 7}} (AFP) - South Sudan has recorded [[more than 40,000 cholera cases|other;
    a=the World Health Organization]] and [[694 deaths|killed;a=the World Health Organization]]
    since the outbreak began in Renk in {{October 2024}}, the World Health Organization said on
    Friday, the largest cholera epidemic in the country's history. The disease has spread to
    [[45 counties|other;a=the agency;alt=the World Health Organization]] in all {{ten}} states, the agency said. A WHO epidemiologist said the
    case fatality rate had fallen to {{1.6 per cent}} but remained above the {{1%}} target. In
    the week to {{March 2}}, [[2,914 new cases|other;a=the agency;alt=the World Health
    Organization]] were reported, the agency said, a third of them in
    Upper Nile. Weekly cases had peaked at [[between 3,000 and 3,500|other;u=other]] in {{late
    January}}. The WHO said [[some 1,400 health workers|other;a=The WHO]] had been trained in
    cholera case management.
    """,
)

item(
    "Cholera in Nasir and Ulang as fighting blocks aid",
    """
    Cholera has killed [[at least 38 people|killed;a=the county health department]] in Nasir and
    Ulang counties since fighting broke out there in {{March}}, the county health department said.
    The department said [[1,115 cases|other;a=The department]] had been recorded but that many
    more people were dying at home. Humanitarian agencies say [[about 90,000 people|civilians;
    a=Humanitarian agencies]] in the two counties are cut off from health care. OCHA said [[12
    trucks|aid;a=OCHA]] carrying medical supplies and chlorine had been stuck in Malakal for {{three
    weeks}} because of insecurity on the river and roads. MSF said it had evacuated [[the last seven international
    staff|other;a=MSF]] from Ulang in {{April}}. Since airstrikes on the area, [[tens
    of thousands|displaced;a=UNHCR]] have crossed into Ethiopia's Gambella region, UNHCR said.
    """,
)

item(
    "Cholera in Maban's camps kills refugees from Blue Nile",
    """
    BUNJ, {{Dec 11}} - [[Seventeen refugees|killed;a=UNHCR]] have died of cholera in the Maban
    camps since {{Nov 20}}, UNHCR said on Thursday. The agency said [[623 cases|other;a=The
    agency;alt=UNHCR]] had been recorded, most of them in Doro
    and Gendrassa. Maban's four camps host [[about 178,000 refugees|displaced;a=the agency;
    alt=UNHCR]], the agency said, [[including 14,500|displaced;a=the agency;alt=UNHCR]] who
    arrived from Sudan's Blue Nile state since {{2023}}. The International Rescue Committee said
    it had set up [[four cholera treatment units|capacity;a=International Rescue Committee;
    u=structure;n=units]], [[36 chlorination points|aid;u=other;a=International Rescue Committee]] and trained [[160 community health workers|other;a=International
    Rescue Committee]].
    """,
)


item(
    "Rubkona reports cholera among new arrivals from Sudan",
    """
    Health officials in Unity state said on Tuesday that [[58 cholera cases|other;a=Health
    officials in Unity state]] had been confirmed in Rubkona county, [[22 of them|other;a=Health
    officials in Unity state;n=-;u=other]] among returnees who crossed at Panakuach. [[Four
    people|killed;a=the state health ministry]] have died, including [[a returnee child|killed;v=1;
    a=the state health ministry;n=child]] aged {{three}}, the state health ministry said. The
    Bentiu displacement camp, where [[around 110,000 people|displaced]] live beside flood dykes,
    has not yet recorded a case. Medair said it had handed out [[5,000 jerrycans|aid;a=Medair]]
    and [[2,500 bars|aid;a=Medair;u=other]] of soap. WHO plans to send [[15,000 vaccine
    doses|aid;p;a=WHO]] to the county within {{ten days}}.
    """,
)

item(
    "Toilets, taps and soap: the fight to keep cholera out of Renk",
    """
    Aid agencies in Renk have built [[more than 300 latrines|aid;a=the WASH cluster]] and [[42 hand-washing
    stations|aid;u=other;a=the WASH cluster]] at the transit centre and the river port since the cholera outbreak
    began, the WASH cluster said in its {{December}} update. The cluster said [[some 65,000
    people|aid;a=The cluster;alt=the WASH cluster]] were receiving treated water each day, at an
    average of {{nine litres}} each. Oxfam said it had distributed [[11,400 hygiene kits|aid;
    a=Oxfam]] and trained [[240 volunteers|other;a=Oxfam]] to go door to door. [[A dozen water
    points|aid;a=residents;u=other;n=points]] in the old market area were broken, residents said.
    The cluster estimates that [[another 180 latrines|aid;p;a=The cluster;alt=the WASH
    cluster]] are needed before the rains.
    """,
)

item(
    "Hungry children arrive at Joda as malnutrition spikes",
    """
    Nearly one in four children arriving at the Joda crossing is acutely malnourished, UNICEF
    said. Of [[18,450 children|other;a=the agency;alt=UNICEF]] {{under five}} screened at the border in {{April}},
    [[4,120|civilians;a=the agency;alt=UNICEF]] had moderate acute malnutrition and [[1,036|civilians;a=the agency;alt=UNICEF]]
    severe acute malnutrition, the agency said. Save the Children runs a stabilisation centre in
    Renk with [[24 beds|capacity;a=Save the Children]], and said it had admitted [[311
    children|other;a=Save the Children]] since {{January}}; [[19|killed;a=Save
    the Children]] had died. "Mothers tell us they ate once a day for weeks on the road," said
    a nutrition nurse, Rebecca Aluel. UNICEF said it had [[8,000 cartons|aid;a=UNICEF]] of
    ready-to-use therapeutic food in Renk, enough for {{six weeks}}.
    """,
)

item(
    "Measles outbreak among returnee children in Renk",
    """
    A measles outbreak in the Renk transit centre has infected [[at least 214 children|other;
    a=the health ministry]] and killed [[seven|killed;a=the health ministry]], the health
    ministry said. The ministry and UNICEF said they had vaccinated [[about 26,000 children|aid;
    a=The ministry and UNICEF]] aged {{six months}} to {{15 years}} in a {{five-day}}
    campaign. Many of the children had missed routine vaccination during {{two years}} of war
    in Sudan, UNICEF said. [[Ninety-five children|other]] were still in isolation tents on
    {{Sunday}}. UNICEF said it had flown in [[25,000 doses|aid;a=UNICEF]] of measles vaccine and
    [[40 vaccine carriers|aid;a=UNICEF;u=other;n=carriers]].
    """,
)

item(
    "WFP halves rations for refugees in South Sudan",
    """
    JUBA, {{Aug 5}} (AP) - The World Food Programme said it would cut rations by half for
    [[about 300,000 refugees|aid;p;a=The World Food Programme]] in South Sudan from {{September}},
    including [[some 90,000|aid;p;a=The World Food Programme]] who fled Sudan's war since {{2023}}.
    Returnees in transit will keep full rations for {{30 days}}, the agency said. WFP said it
    needed [[11,000 tonnes|aid;p;a=WFP]] of food to keep full rations to the end of the year,
    at a cost of {{$43 million}}. In Maban, refugee leaders said [[hundreds of families|civilians;
    a=refugee leaders]] had already sold their ration cards. In Renk, WFP said, [[3,000 to 3,500 returnees a day|aid;a=WFP]] would still get a hot meal
    at the transit centre. The agency has stopped food aid
    altogether for [[about 60,000 refugees|aid;a=The agency;alt=WFP]] judged able to support
    themselves.
    """,
)

item(
    "Renk health workers strike over unpaid salaries",
    """
    [[Some 130 health workers|other;a=union officials]] at Renk Civil Hospital and county
    clinics went on strike on Monday over {{seven months}} of unpaid salaries, union officials
    said. [[Nine primary health care units|other;a=the county health department;u=structure;
    n=units]] have closed, the county health department said. The strike comes as the hospital
    treats [[about 70 patients a day|other;a=hospital staff]] from the transit centre, hospital
    staff said. The union said [[about 480 members|other;a=The union]] across Upper Nile had not been
    paid since {{March}}. Salaries for a clinical officer are about {{45,000}} South Sudanese pounds a
    month, worth less than {{$10}}. [[Dozens of patients|other]] waited at the hospital gate on Tuesday. MSF said it would
    deploy [[15 more staff|other;p;a=MSF]] to
    the hospital's emergency ward.
    """,
)

item(
    "Cholera hits Aweil as returnees pour in",
    """
    AWEIL, {{Jan 22}} - Cholera has reached Northern Bahr el Ghazal, where [[216 cases|other;a=the
    state health ministry]] and [[11 deaths|killed;a=the state health ministry]] have been
    recorded in Aweil Centre and Aweil East, the state health ministry said. Most of the
    patients are returnees who travelled by road from Renk or crossed at Kiir Adem. The state
    has received [[more than 120,000 returnees|returned;a=IOM]] since {{2023}}, IOM said. The
    International Committee of the Red Cross said it had supplied Aweil hospital with [[two
    tonnes|aid;a=International Committee of the Red Cross]] of medical supplies. The state now has [[three cholera treatment centres|capacity]]. The ministry
    said it needed [[200,000 doses|aid;p;a=The ministry]] of vaccine and [[40 more nurses|other;p;
    a=The ministry]].
    """,
)

item(
    "Renk cholera cases fall as outbreak eases",
    """
    New cholera cases in Renk have fallen from [[more than 250 a week|other;a=the WHO;u=other]] in
    {{December}} to [[fewer than 30|other;a=the WHO;u=other]] in the week to {{Feb 16}}, the WHO said on
    Monday. MSF said it had discharged [[2,744 recovered patients|other;a=MSF]] from its
    treatment centre and would close [[80 of its 120 beds|capacity;p;a=MSF]] this month. The
    county has recorded [[47 cholera deaths|killed]] since {{October}}. [[Fourteen patients|other]]
    remained in the MSF centre on Monday. [[About 200,000
    people|civilians;a=health officials]] in Renk remain at risk, health officials said, as
    arrivals from Sudan continue.
    """,
)

item(
    "What is cholera and why does it spread so fast in transit camps?",
    """
    Cholera is caused by a bacterium carried in water or food contaminated by faeces. Symptoms
    can appear between {{12 hours}} and {{five days}} after infection, and severe cases can kill
    within {{hours}} if untreated. Up to {{80 per cent}} of cases can be treated with oral
    rehydration salts alone, according to the WHO, and the case fatality rate should stay under
    {{1%}}. A single dose of oral vaccine protects for about {{six months}}; {{two doses}} given
    {{14 days}} apart protect for up to {{three years}}. The disease thrives where water is
    scarce: the emergency standard is {{15 litres}} a person a day.
    """,
)

item(
    "Cholera appeal for South Sudan a quarter funded",
    """
    The cholera response plan for South Sudan for {{2025}}, which asks for {{$24.5 million}}, was
    {{26 per cent}} funded by the end of {{February}}, OCHA said. The plan was drawn up in
    {{November 2024}}, a month after the outbreak was declared in Renk. The Central Emergency
    Response Fund released {{$5 million}} in {{December}} and the European Union {{EUR 2
    million}} in {{January}}. OCHA said the money would last until {{April}} at current rates.
    """,
)
