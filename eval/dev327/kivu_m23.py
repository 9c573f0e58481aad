"""M23 and Rwanda's troops in North and South Kivu, 2022-2026: the fall of Goma and Bukavu,
the dead and the wounded, prisons emptied, peacekeepers and foreign troops, arrests."""

from _wrap import item

item(
    "Goma's morgues overflow as bodies are gathered from the streets",
    """
    [[At least 900 bodies|killed;a=the United Nations]] have been collected from the streets of
    Goma since {{M23}} fighters backed by Rwandan troops pushed into the city on {{January 27}},
    the United Nations said on Thursday. Congolese Red Cross volunteers have buried
    [[more than 400 of them|killed;a=the ICRC;n=-]] in a mass grave near Kanyaruchinya, the ICRC
    said, and [[some 2,000 more|killed;a=the ICRC;n=-]] still lie in morgues that lost power
    during the fighting. The health ministry said [[2,880 people|injured;a=The health ministry]]
    had been admitted to the city's hospitals with gunshot and blast wounds. At the CBCA Ndosho
    hospital alone, surgeons were caring for [[about 600 wounded patients|injured;a=a doctor]], a doctor
    there told AFP, [[a dozen of them|injured;a=a doctor;n=-]] children hit by stray bullets.
    "We have no more beds, we put people on the floor," said the doctor, who asked not to be
    named. Government spokesman Patrick Muyaya put the toll higher, saying
    [[nearly 3,000 people|killed;a=Patrick Muyaya]] had died in and around the city.
    """,
)

item(
    "Thirteen foreign soldiers killed as rebels close in on Goma",
    """
    [[Thirteen foreign soldiers|killed;a=officials]] serving with the UN mission and a southern African
    force have been killed in {{48 hours}} of fighting west of Goma, officials said on Saturday,
    as {{M23}} rebels tightened their grip around the city. South Africa's defence force said
    [[nine of its troops|killed;a=South Africa's defence force]] died in clashes near Sake and
    on the outskirts of the city, and that [[18 others|injured;a=South Africa's defence force]]
    were wounded. Malawi said [[three of its soldiers|killed;a=Malawi]] had been killed, and
    Uruguay confirmed the death of [[one peacekeeper|killed;a=Uruguay]]. "Our bases came under
    heavy artillery fire," a UN official in New York said, adding that
    [[at least 11 peacekeepers|injured;a=a UN official]] were receiving treatment. The
    mission, MONUSCO, has [[about 14,000 uniformed personnel|combatants;a=The mission;alt=MONUSCO]]
    in the country, the mission said. The southern African force deployed in {{December 2023}}
    with [[around 2,900 troops|combatants]] from South Africa, Malawi and Tanzania.
    """,
)

item(
    "Thousands of inmates escape Goma's Munzenze prison as city falls",
    """
    [[More than 4,000 inmates|other;a=a UN report]] escaped from Munzenze central prison in Goma on the night
    the city fell, according to a UN report seen by Reuters. The report said the prison held
    [[4,400 detainees|arrested;a=The report]] before the break, in a building meant for
    [[about 1,000 prisoners|capacity;a=The report]]. A fire swept through the women's wing
    during the escape, and the UN mission said [[at least 100 women|killed;a=the UN mission]]
    were believed to have died there. [[Between 150 and 200 women|other;a=the mission;alt=the UN mission]] were
    also raped by male inmates, the mission said. In Kinshasa, the justice minister said
    [[about 300 escapees|arrested;a=the justice minister]] had been recaptured in the {{two
    weeks}} since, most of them in Rutshuru and Nyiragongo territories. "Many of these men are
    dangerous and now they are armed," said a lawyer who represents inmates' families.
    """,
)

item(
    "Bukavu falls to rebels, prison emptied and warehouses stripped",
    """
    {{M23}} fighters walked into the centre of Bukavu on {{February 16}} after government
    troops and allied militia withdrew, leaving the capital of South Kivu to the rebels
    without a major battle. Local officials said [[around 2,000 prisoners|other;a=Local
    officials]] broke out of the city's central prison the day before, as guards abandoned
    their posts. Looters emptied [[three warehouses|other;u=structure;a=the agency;alt=the World Food
    Programme]] run by the World Food Programme and carried off
    [[some 7,000 tonnes of food|aid;n=tonnes;a=the agency;alt=the World Food Programme]] stored
    for displaced families, the agency said. Civil society groups said [[at least 11 people|killed;a=Civil society groups]],
    among them a boy of {{12}}, were shot dead during the looting, and
    [[dozens|injured;a=Civil society groups]] were wounded. Many young men who had
    joined pro-government militias fled south towards Uvira. Residents said
    [[about 30 army trucks|other;a=Residents]] were left behind at Kavumu airport. The
    provincial governor had left
    for Kinshasa {{two days}} earlier.
    """,
)

item(
    "UN experts say up to 4,000 Rwandan troops are fighting in Congo",
    """
    Rwanda has [[between 3,000 and 4,000 soldiers|combatants;a=UN experts]] inside eastern
    Congo fighting alongside the {{M23}} rebels, UN experts said in a report to the Security
    Council made public on {{Monday}}. The experts estimated that the rebel group itself now
    counts [[about 6,500 fighters|combatants;a=The experts;alt=UN experts]], up from
    [[fewer than 1,000|combatants;a=The experts;alt=UN experts]] in {{2021}}. The report said Rwanda's forces "de facto control" M23 operations
    and had deployed surface-to-air missiles near Sake. Kigali denies arming the group. The
    report said [[12 Rwandan officers|combatants;a=The report]] commanded units inside Congo. The
    experts also documented the recruitment of [[at least 1,200 young men|combatants;a=The
    experts;alt=UN experts]] from displacement camps, including children {{as young as 12}}.
    They said [[more than 300 villages|other;a=UN experts]] in Rutshuru and Masisi
    territories had come under rebel administration.
    """,
)

item(
    "Minova and Sake empty as rebels advance along Lake Kivu",
    """
    Fighting between {{M23}} and the army around Minova has displaced
    [[more than 178,000 people|displaced;a=OCHA]] in less than a fortnight, OCHA said on
    Wednesday, most of them heading towards Goma. The UN office said
    [[some 100,000 of them|displaced;a=The UN office;alt=OCHA;n=-]] had arrived in the
    already overcrowded camps on the city's western edge. Aid workers in Sake told Reuters that
    [[four mortar rounds|other;a=Aid workers]] fell on a market on Tuesday, killing
    [[nine people|killed;a=Aid workers]]. MSF said its team in Minova had treated [[36 wounded people|injured;a=MSF]]
    in {{three days}}. "People are fleeing with nothing, many for the second or third time,"
    said an MSF coordinator. Local authorities said [[at least 14 schools|capacity;a=Local
    authorities]] in Goma had been turned into shelters for new arrivals.
    """,
)

item(
    "Surrendered soldiers and southern African troops leave Goma",
    """
    The first convoy of southern African troops left Goma on Tuesday, crossing into Rwanda
    through the Grande Barrière border post on their way home. A SADC statement said
    [[some 1,300 soldiers|combatants;a=A SADC statement;p]] would leave by road in the coming
    weeks, with [[the remaining 700|combatants;a=A SADC statement;p]] to follow by air. The
    ICRC, which helped arrange the departures, said it had also repatriated the bodies of
    [[14 soldiers|killed;a=The ICRC]] killed in the fighting. Separately, the ICRC said
    [[about 1,200 Congolese soldiers|arrested;a=the ICRC]] who surrendered in January were
    still being held at Goma's stadium. {{M23}} spokesman
    Lawrence Kanyuka said [[another 2,500 army soldiers|arrested;a=Lawrence Kanyuka]] had
    been taken to a "retraining" camp at Rumangabo. Human rights groups say
    [[dozens of detainees|missing;a=Human rights groups]] have not been seen since.
    """,
)

item(
    "Activists and journalists detained in rebel-held Goma",
    """
    Rebel authorities in Goma have detained [[at least 18 journalists and activists|arrested;a=the
    Congolese press freedom group JED;n=journalists and activists]] since the city fell, the
    Congolese press freedom group JED said on Friday. [[Five of them|arrested;a=the group;alt=JED;n=-]] were
    still being held in an M23-controlled facility in the Kyeshero district, the group said,
    and [[two others|missing;a=the group;alt=JED]] have not been heard from in
    {{six weeks}}. Amnesty International said it had documented [[22 cases|other;a=Amnesty International]] of
    detainees being beaten or held incommunicado. A spokesman for the rebels said those held
    were "agents of the Kinshasa regime". In Bukavu, residents said
    [[about 40 young men|arrested;a=residents]] were rounded up during night searches in the
    Kadutu neighbourhood on {{March 3}}. The {{M23}} denies mistreating detainees. JED says
    [[more than 60 journalists|displaced;a=JED]] have fled Goma and Bukavu since January.
    """,
)

item(
    "Walikale town emptied as rebels push west towards mining hubs",
    """
    {{M23}} rebels entered Walikale town on Wednesday, their furthest advance west, and
    [[tens of thousands of residents|displaced;a=local officials]] fled into the forest or
    towards Kisangani, local officials said. The town, about {{125 km}} from the
    Bisie tin mine, had [[some 60,000 inhabitants|civilians;a=the officials;alt=local officials]] before the
    fighting, the officials said. A health worker reached by phone said
    [[at least seven civilians|killed;a=A health worker]] were killed by shells on the
    road out, and [[19 wounded|injured;a=A health worker;n=-]] were taken to the general
    hospital. Alphamin Resources, which runs Bisie, said it had evacuated
    [[about 1,500 employees|displaced;a=Alphamin Resources]] and suspended operations. The
    rebels pulled back from the town {{two weeks}} later, saying they wanted to "give peace
    a chance".
    """,
)

item(
    "Sake under fire: families flee again as shells hit homes",
    """
    Shelling on Sake, a town {{27 kilometres}} west of Goma, has driven
    [[an estimated 135,000 people|displaced;a=the UN refugee agency]] from their homes since
    Wednesday, the UN refugee agency said. UNHCR said [[more than 1,000 houses|housing;a=UNHCR]]
    in Sake had been damaged or destroyed. The town had become a refuge for
    [[about 190,000 people|displaced]] uprooted from Masisi in earlier rounds of fighting.
    "This is the fourth time I have run," said Espérance Nyirahabimana, {{a 41-year-old}}
    farmer, at the Lushagala camp. The army said it had sent
    [[several hundred reinforcements|combatants;a=The army]] to hold the town, and the UN
    mission said its peacekeepers had pushed back an {{M23}} attack on the town's southern edge.
    Across North Kivu, [[1.7 million people|displaced;a=OCHA]] are now displaced, OCHA says.
    """,
)

item(
    "Bombs on Mugunga camps kill children",
    """
    Bombs fired from the hills above Goma struck [[two displacement camps|capacity]] in Mugunga on Friday,
    killing [[at least 35 people|killed;a=the UN]], the UN said, among them children queuing
    for water. MSF said it had received [[31 wounded|injured;a=MSF;n=-]] at its hospital in
    Goma, [[14 of them|injured;a=MSF;n=-]] children. The camps, Lac Vert and Mugunga, shelter
    [[more than 200,000 displaced people|displaced]] in rows of plastic-sheet huts. The army
    and the {{M23}} blamed each other for the attack. The United States said the bombs came
    from positions held by Rwandan forces and the rebels. The camps are among
    [[more than 20 sites|capacity;a=humanitarian officials]] on the western edge of the city,
    according to humanitarian officials, who counted [[about 70 huts|housing;a=humanitarian officials]] burned in the
    fire that followed.
    """,
)

item(
    "Burundi troops and refugees along the Ruzizi plain",
    """
    [[Some 40,000 Congolese|displaced;a=the UN refugee agency]] crossed into Burundi in the
    fortnight after Bukavu fell, the UN refugee agency said on {{February 28}}, most of them
    through the Gatumba border post. The agency said [[about 9,000 people|displaced;a=The
    agency;alt=the UN refugee agency]] were sleeping in a stadium in Rugombo.
    [[At least two refugees|killed]] drowned trying to cross the Ruzizi river. Burundi, which had
    deployed [[as many as 10,000 troops|combatants;a=diplomats]] in South Kivu to fight
    alongside the Congolese army, according to diplomats, began pulling many of them back to
    its side of the border. By April, Burundian officials said,
    [[about 5,600 refugees|returned;a=Burundian officials]] had gone back to Congo on their own.
    Refugees said [[dozens of others|missing;a=Refugees]] were missing after boats capsized
    on Lake Tanganyika.
    """,
)

item(
    "Bunagana falls as Congolese soldiers cross into Uganda",
    """
    {{M23}} rebels captured the border town of Bunagana on {{Monday}}, {{June 13, 2022}}, after
    [[137 Congolese soldiers|displaced;a=the Ugandan army]] and
    [[37 police officers|displaced;a=the Ugandan army]] fled across the frontier into Uganda,
    the Ugandan army said. The soldiers were disarmed and would be handed back to Kinshasa,
    a spokesman said. Uganda's refugee office said [[more than 30,000 people|displaced;a=Uganda's
    refugee office]] had crossed the border in the past week. Many sheltered at the Nyakabande
    transit centre, built for [[about 1,000 people|capacity]]. The army said
    [[two civilians|killed;a=The army]] had been killed by bombs in the town. Aid agencies
    said [[1,500 to 2,000 people|displaced;a=Aid agencies]] were still arriving each day.
    """,
)

item(
    "UN investigators put Kishishe massacre toll at 171",
    """
    {{M23}} fighters killed [[at least 171 civilians|killed;a=UN investigators]] in Kishishe and
    Bambo in Rutshuru territory over {{two days}} in late {{November 2022}}, UN investigators
    said in a report on Wednesday, more than double their first estimate of
    [[131|killed;a=UN investigators]]. The victims included [[12 women|killed;a=the report]] and
    [[17 children|killed;a=the report]], the report said. Investigators found that
    [[at least 27 women and girls|other;a=Investigators;n=women and girls]] were
    raped. Villagers said [[about 20 people|missing;a=Villagers]] were still unaccounted for,
    and [[eight men|kidnapped;a=Villagers]] had been taken away by the rebels to carry looted
    goods. The rebel group has said [[eight people|killed;a=The rebel group;alt=M23]] died, all
    of them from "stray bullets".
    """,
)

item(
    "ICRC oversees release of prisoners held by both sides",
    """
    The International Committee of the Red Cross said on Thursday it had facilitated the
    release of [[more than 2,000 people|other;a=The International Committee of the Red
    Cross]] held by the government and by the AFC/{{M23}} under a deal brokered in Doha.
    The first flight carried [[about 500 detainees|other;a=the ICRC]] from Kinshasa to
    Goma, the ICRC said. The rebels are expected to free [[some 1,400 prisoners|other;a=a Qatari official;p]] held
    in Goma and Bukavu in a {{second phase}}, said a Qatari official. The government said it
    had already released [[about 600 people|other;a=The government]] accused of links to the
    rebels, among them [[more than 40 women|other;a=The government]]. The ICRC said
    [[some 300 detainees|arrested;a=The ICRC]] would remain in custody because they face
    criminal charges. Relatives
    gathered at Goma airport from early morning. "My brother has been in prison for
    {{eight months}}," said a woman holding his photograph.
    """,
)

item(
    "What the Washington deal between Kinshasa and Kigali says",
    """
    Congo and Rwanda signed a peace agreement in Washington on {{June 27, 2025}}, after
    {{more than three years}} of war in the east. Under its terms, Rwanda is to lift its
    "defensive measures" within {{90 days}}, and a joint security mechanism is to meet within
    {{30 days}} of the signing. The text says nothing about the {{M23}} by name. A regional
    economic framework, to be signed later, is meant to attract investments that officials
    in Washington put at more than {{$5 billion}} in mines, hydropower and roads. Congo holds
    an estimated {{70%}} of the world's cobalt reserves. Critics noted that a similar accord
    signed in Luanda in {{2022}} collapsed within weeks.
    """,
)

item(
    "Rubaya's coltan funds the rebels, experts say",
    """
    The rebel administration in Rubaya earns about {{$800,000 a month}} from a tax on coltan
    sold from the mines around the town, UN experts estimate. Rubaya is thought to supply
    about {{15%}} of the world's tantalum. The mines lie some {{60 km}} north-west of Goma
    and fell to the {{M23}} in {{April 2024}}. Since then, the experts say, coltan has left by
    road for Rwanda, whose exports of the mineral rose by {{50 percent}} in {{2024}}. Rwanda
    says it has mines of its own. Prices of tantalum rose to about {{$300 a kilogram}} in
    {{March 2025}}, their highest in {{a decade}}.
    """,
)
