"""dev375 items: Colombia's Catatumbo, the crisis of 2025 between the ELN and the FARC
dissidents of the 33rd Front and what followed, 2018-2026: the dead, the displaced and the
confined, children recruited, returns, aid and the coca eradicators (16 texts, 2 of them
without a figure)."""

from _wrap import item

item(
    "ELN offensive in Catatumbo leaves dozens dead, thousands fleeing",
    """Fighting between the ELN guerrilla and FARC dissidents in Colombia's Catatumbo region has
    killed [[at least 80 people|killed;a=Norte de Santander Governor William Villamizar]], Norte
    de Santander Governor William Villamizar said on Sunday, in the worst violence the border
    region has seen in decades. [[About 20 people|injured]] were being treated in hospitals in
    Tibú and Cúcuta. Among the dead were [[five former FARC combatants|killed;a=the peace
    accord's verification mission]] who had signed the {{2016}} peace accord, according to the
    peace accord's verification mission. Villamizar said [[more than 11,000 people|displaced;
    a=Villamizar]] had fled towards Tibú, Ocaña and Cúcuta since Thursday, many of them on foot.
    The ELN accused the dissidents of the {{33rd}} Front of attacking civilians, and said it had
    "lists" of collaborators. Witnesses said [[dozens of families|displaced;a=Witnesses]] were hiding in the
    hills near El Tarra. The army said it had flown [[about 1,500 soldiers|combatants;a=The
    army]] into the region and that [[three|killed;a=The army;n=-]] had died in clashes. The Ombudsman's Office said it had warned the government of the risk in
    {{November 2024}}.""",
)

item(
    "Catatumbo displacement passes 50,000, the worst in Colombia's recent history",
    """[[More than 52,000 people|displaced;a=Colombia's Victims' Unit]] have been forced from
    their homes in Catatumbo since {{16 January}}, Colombia's Victims' Unit said on Monday,
    the largest mass displacement recorded in the country since the unit began keeping records.
    Cúcuta, the regional capital, had received [[about 15,000|displaced;a=the city's mayor;n=-]],
    according to the city's mayor, while Ocaña was sheltering [[between 7,000 and 8,000 people|
    displaced;a=municipal officials]], municipal officials said. In Tibú, [[some 4,000 people|
    displaced]] were sleeping in a sports hall, schools and a church. Venezuelan authorities
    said [[around 1,500 Colombians|displaced;a=Venezuelan authorities]] had crossed the border
    into Zulia state. The unit said it had registered [[12,300 households|displaced;a=The unit;
    alt=Colombia's Victims' Unit]] so far and expected the total to rise. Aid groups said the
    real number could reach [[tens of thousands more|displaced;p;a=Aid groups]].""",
)

item(
    "Ombudsman warns of 'confinement' of Catatumbo communities",
    """Colombia's Ombudsman's Office said on Thursday that [[about 23,000 people|civilians;
    a=Colombia's Ombudsman's Office]] in [[at least 35 hamlets|civilians;a=Colombia's
    Ombudsman's Office]] of Catatumbo were confined, unable to leave their homes, work their
    fields or reach markets because of the fighting and of landmines laid by the armed groups.
    Ombudsman Iris Marín said [[nine communities|civilians;a=Ombudsman Iris Marín;u=other]] in
    Teorama and Convención had run out of food. "Children cannot go to school and the sick
    cannot reach a doctor," she said. The office counted [[more than 60 schools|other;a=The
    office;alt=Colombia's Ombudsman's Office]] closed across the region, leaving
    [[around 9,000 pupils|civilians;a=The office]] without classes. It said [[14 people|killed;a=It;
    alt=Colombia's Ombudsman's Office]] had been killed by landmines or explosive drones since
    {{January}}, and [[31 others|injured;a=It;alt=Colombia's Ombudsman's Office]] wounded.""",
)

item(
    "Petro decrees internal commotion, sends thousands of troops to Catatumbo",
    """President Gustavo Petro declared a state of internal commotion in Catatumbo on Friday,
    giving the government {{90 days}} of special powers, and suspended peace talks with the ELN.
    Defence Minister Iván Velásquez said [[5,000 soldiers|combatants;a=Defence Minister Iván
    Velásquez]] were being flown to the region to reinforce [[some 10,000 troops|combatants;
    a=Defence Minister Iván Velásquez]] already there. The military said it had evacuated
    [[about 300 people|displaced;a=The military]] by helicopter from La Gabarra, among them
    former FARC combatants and their families. Military intelligence
    puts the ELN's strength in Catatumbo at [[2,000 to 2,500 fighters|combatants;a=Military
    intelligence]], and the {{33rd}} Front at [[fewer than 800|combatants;a=Military intelligence;
    n=-]]. Velásquez said [[two soldiers|killed;a=Velásquez]] had been killed in an ELN drone
    attack on a base in Tibú on {{24 January 2025}}.""",
)

item(
    "Armed groups in Catatumbo recruited hundreds of children, UNICEF says",
    """Armed groups in Catatumbo recruited [[at least 140 children|combatants;a=UNICEF]] in
    {{2025}}, UNICEF said on Wednesday, most of them boys aged {{13 to 17}} lured with promises
    of money, motorcycles or phones. The agency said the real number was probably much higher,
    and that [[up to 400|combatants;a=The agency;alt=UNICEF;n=-]] may have been recruited
    across Norte de Santander. The Colombian Family Welfare Institute (ICBF) said it had received
    [[62 children|other;a=The Colombian Family Welfare Institute]] who escaped or were
    recovered from the ELN and the {{33rd}} Front. [[Eleven of them|killed;n=-;a=their families]] had been found dead
    after trying to desert, their families said. "They take them from the schools, from the
    coca fields," a teacher in El Tarra told AFP. The Ombudsman's Office said it had issued
    {{four}} early warnings on recruitment in the region since {{2023}}. The ICBF said
    [[about 40 of the children|aid;a=The ICBF;n=children]] were now in its protection programmes,
    and that [[some 15|returned;a=The ICBF;n=-]] had gone back to their families.""",
)

item(
    "ICRC and WFP scale up aid as Catatumbo crisis deepens",
    """The International Committee of the Red Cross said on Tuesday it had delivered food,
    water and hygiene kits to [[more than 18,000 people|aid;a=The International Committee of
    the Red Cross]] displaced by the fighting in Catatumbo. The World Food Programme said it had
    provided rations to [[about 32,000 people|aid;a=The World Food Programme]] in Cúcuta,
    Ocaña and Tibú, and planned to reach [[50,000|aid;p;a=The World Food Programme;n=-]] by
    {{March}}. The UN's humanitarian office, OCHA, said [[nine convoys|aid;a=OCHA]] of
    [[43 trucks|aid;a=OCHA]] had reached confined communities. The ICRC said it had also
    arranged the handover of [[the bodies of 27 people|killed;a=The ICRC;n=people]] to their
    families. OCHA estimates that [[about 87,000 people|civilians;a=OCHA]] in the region need
    humanitarian assistance.""",
)

item(
    "First displaced families return to Tibú's villages",
    """[[About 120 families|returned;a=the Victims' Unit]] returned to their farms in rural Tibú
    on Saturday in a convoy escorted by soldiers, the Victims' Unit said, the first organised
    return since the fighting began in January. The unit said [[about 3,400 people|returned;
    a=The unit;alt=the Victims' Unit]] had gone back to Catatumbo on their own in the past
    {{six weeks}}, while [[more than 40,000|displaced;a=The unit;alt=the Victims' Unit;n=-]]
    remained displaced. "We came back because the cows can't wait," said Rosa, {{58}}, who had
    spent {{two months}} in a shelter in Cúcuta. The army said [[600 soldiers|combatants;a=The
    army]] would stay in the area and that [[two shelters|capacity;a=The army]] would remain
    open in Tibú for those who did not feel safe. The government promised each returning family {{2.5
    million pesos}} and seeds. Local leaders said [[at least 30 families|displaced;a=Local
    leaders]] had fled again after hearing shots near the village of Campo Dos.""",
)

item(
    "ELN frees soldiers and police held in Catatumbo",
    """The ELN released [[four soldiers|kidnapped;a=International Committee of the Red Cross]]
    and [[two police officers|kidnapped;a=International Committee of the Red Cross]] it had held in Catatumbo,
    handing them to a humanitarian commission, the International Committee of the Red Cross said
    on Monday. The men had been captured in {{February}} near the town of El Carmen. The guerrilla
    still holds [[at least seven people|kidnapped;a=Colombia's Defence Ministry]] in the region,
    according to Colombia's Defence Ministry, among them [[two oil workers|kidnapped;a=Colombia's Defence Ministry]]. The
    ministry said that [[38 people|kidnapped;a=The ministry;alt=Colombia's Defence Ministry]] had
    been kidnapped in Norte de Santander in {{2025}}, most of them by the ELN. A separate
    commission was seeking the release of [[three contractors|kidnapped]] seized in Tibú.""",
)

item(
    "Families search for the disappeared of Catatumbo",
    """The Unit for the Search for Persons deemed Missing said on Friday that
    [[at least 93 people|missing;a=The Unit for the Search for Persons deemed Missing]] had been
    reported missing in Catatumbo since the crisis began in {{January 2025}}. Relatives believe
    many were taken by the ELN from the villages of Filo Gringo and El Aserrío. The unit said
    [[17 bodies|killed;a=The unit;alt=The Unit for the Search for Persons deemed Missing]] had
    been recovered from {{two}} sites near the Venezuelan border, and that
    [[six|killed;a=The unit;alt=The Unit for the Search for Persons deemed Missing;n=-]] had been
    identified. The Ombudsman's Office said [[12 social leaders|missing;a=The Ombudsman's
    Office]] were among the missing. "We only want to know where they are," said the mother of a
    {{19-year-old}} who vanished on {{18 January}}. Prosecutors have opened
    [[about 50 investigations|other;a=Prosecutors;u=other]] and detained
    [[four suspects|arrested]].""",
)

item(
    "Drone attacks damage homes in Tibú",
    """Explosive-laden drones hit the centre of Tibú on Wednesday night, damaging
    [[at least 24 houses|housing;a=the mayor's office]] and a health post, the mayor's office
    said. [[Seven civilians|injured]], [[three of them|injured;n=-]] children, were wounded. The army blamed the ELN, which it says has used
    [[more than 200 drones|other;a=The army]] in attacks in the region this year. "Every night we
    sleep under the bed," a shopkeeper said. The municipal risk office said
    [[about 40 families|displaced;a=The municipal risk office]] had moved into the town's
    [[two shelters|capacity;a=The municipal risk office]], which can hold
    [[no more than 250 people|capacity;a=The municipal risk office]] together. A police officer was killed by a
    sniper in the same neighbourhood {{three days}} earlier.""",
)

item(
    "Coca farmers hold soldiers in Catatumbo after eradication raid",
    """Coca growers in the rural area of Tibú held [[57 soldiers|kidnapped;a=the army]] for
    {{two days}} after troops began to pull up coca bushes, the army said, in what Defence
    Minister Pedro Sánchez called a "kidnapping disguised as a protest". The farmers, who say
    [[some 3,000 families|civilians;a=The farmers]] depend on coca, released the soldiers on
    Wednesday after talks with the Ombudsman's Office. Eradication teams of
    [[about 150 eradicators|other]] had moved into the area under the protection of
    [[300 police officers|combatants]]. Police said [[two eradicators|killed;a=Police]] had
    been killed and [[nine|injured;a=Police;n=-]] wounded by landmines in Norte de Santander
    since {{March}}. Eradicators cleared {{1,200 hectares}} of coca in the region last year,
    the ministry said.""",
)

item(
    "Cúcuta stadium turned into shelter for displaced",
    """The General Santander stadium in Cúcuta has become the city's largest shelter, with
    [[about 2,100 people|displaced;a=the municipal government]] sleeping on mattresses in its
    corridors, according to the municipal government. The city has opened
    [[14 shelters|capacity;a=The city]] in schools, churches and hotels with room for
    [[about 6,000 people|capacity;a=The city]], it said, but thousands of the displaced are
    staying with relatives. UNHCR said it had delivered [[1,200 tents|aid;a=UNHCR]] and
    [[4,500 mattresses|aid;a=UNHCR]]. Health workers said they had treated
    [[more than 700 people|other;a=Health workers]] for respiratory infections and diarrhoea.
    The stadium's capacity for football is {{42,000}} spectators.""",
)

item(
    "A year after the offensive, Catatumbo counts its losses",
    """A year after the ELN launched its offensive, [[more than 90,000 people|displaced;a=OCHA]]
    have been displaced in Catatumbo, OCHA said in a report on {{16 January 2026}}, and
    [[at least 130|killed;a=OCHA;n=-]] have been killed. The report said
    [[about 25,000 people|returned;a=The report]] had gone back to their villages, often
    without guarantees, while [[some 18,000|civilians;a=The report;n=-]] lived under
    confinement at some point in {{2025}}. It said [[at least 66 homes|housing;a=It;alt=OCHA]]
    had been destroyed and [[about 320|housing;a=It;alt=OCHA;n=-;u=structure]] damaged. The Defence
    Ministry said [[1,046 ELN members|arrested;a=The Defence Ministry]] had been captured in the
    region and [[87|killed;a=The Defence Ministry;n=-]] killed in combat. Fighting continues near the border, where
    [[hundreds of people|displaced]] crossed into Venezuela in {{December}}.""",
)

item(
    "Colombians return from Venezuela after weeks in Zulia",
    """[[About 700 Colombians|returned;a=Colombia's Migration agency]] who had fled the fighting
    in Catatumbo to Venezuela's Zulia state returned through the Puerto Santander crossing this
    week, Colombia's Migration agency said. Venezuela's government said it had hosted
    [[some 2,000 Colombians|displaced;a=Venezuela's government]] in [[four temporary shelters|
    capacity;a=Venezuela's government]] in Zulia and Táchira. [[Dozens|displaced;n=-]] remain
    on the Venezuelan side, fearing reprisals by the ELN, which operates on both sides of the
    border. Norwegian Refugee Council staff said [[at least 90 families|returned;a=Norwegian
    Refugee Council staff]] had come back without documents. The Colombian army said it had
    stationed [[1,200 troops|combatants;a=The Colombian army]] along the river.""",
)

item(
    "UNODC survey shows coca at record in Norte de Santander",
    """Coca cultivation in Norte de Santander reached {{48,000 hectares}} in {{2023}}, up
    {{14%}} on the year before, the United Nations Office on Drugs and Crime said in its annual
    survey published on {{18 October 2024}}. Tibú remains the municipality with the most coca in
    Colombia, with {{22,000 hectares}}. Potential cocaine production in the country rose
    {{53%}} to {{2,664 tonnes}}, the UNODC said. The survey covered {{2023}} and was delayed by
    {{three months}}.""",
)

item(
    "Timeline: Colombia and the ELN, from talks to war in Catatumbo",
    """Peace talks between the government of Gustavo Petro and the ELN began in Caracas on
    {{21 November 2022}}. A bilateral ceasefire took effect on {{3 August 2023}} and lasted
    {{180 days}}, before being extended once. The {{sixth}} round of talks in Mexico ended in
    {{February 2024}}. Petro suspended the talks on {{17 January 2025}}, a day after the ELN's
    offensive in Catatumbo began. He declared the state of commotion on {{24 January}}, for
    {{90 days}}.""",
)
