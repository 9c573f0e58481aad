"""The Centre-Nord, Nord and Boucle du Mouhoun regions: Barsalogho, Kaya, Dablo, Titao, Djibasso,
Nouna, Karma and Mansila; massacres, sieges and the displaced of Kaya."""

from _wrap import item

item(
    "Barsalogho: residents digging a trench were mown down",
    """Jihadists attacked residents of Barsalogho on {{Saturday 24 August}} as they dug a defensive
    trench around the town on the army's orders, killing
    [[at least 200 people|killed;a=the Collective Justice for Barsalogho]], according to the
    Collective Justice for Barsalogho, a victims' group. A French security assessment seen by
    Reuters put the toll at [[as many as 600|killed;a=A French security assessment]]. The
    government gave no toll but said [[about 140 wounded|injured;a=The government]] had been
    treated at hospitals in Kaya and Ouagadougou. JNIM said its fighters had killed
    [[around 300 militiamen|killed;a=JNIM]], describing the diggers as combatants. Survivors said
    [[hundreds of men and boys|missing;a=Survivors;n=men and boys]] were still unaccounted for a
    week later. The UN's human rights office said the trench work had been imposed on
    [[several thousand residents|civilians;a=The UN's human rights office]], some of them aged
    {{14 or 15}}. [[Some 15,000 residents|displaced]] have since left for Kaya.""",
)

item(
    "Kaya, the city of the displaced",
    """Kaya, {{100 km}} north-east of Ouagadougou, has become Burkina Faso's largest host town for
    people fleeing the violence, with [[about 410,000 displaced people|displaced;a=CONASUR]]
    registered by CONASUR at the end of {{March}}, more than its original population. They live in
    [[17 formal sites|capacity;a=CONASUR]] and in rented rooms and courtyards across the town. The
    Norwegian Refugee Council said [[some 32,000 households|civilians;a=The Norwegian Refugee Council]]
    were sharing a single room with another family. Kaya's [[58 public schools|other]] have enrolled
    [[nearly 90,000 displaced children|displaced]] alongside local pupils. Officials said
    [[about 1,500 people a week|displaced;a=Officials]] were still arriving from Barsalogho and
    Pissila. UNICEF plans to build
    [[350 additional classrooms|aid;a=UNICEF;p]] this year. Water is rationed to about
    {{20 litres}} a person a day, below the humanitarian standard.""",
)

item(
    "Titao under siege: fuel by helicopter, flour by donkey",
    """Titao, the capital of Loroum province, has been cut off by road since {{October}}, and
    [[about 80,000 people|civilians;a=the mayor]] are trapped inside, the mayor said. A convoy of
    [[45 trucks|aid]] reached the town last week under army escort, the first in
    {{seven weeks}}; the army said it carried [[620 tonnes|aid;a=the army]] of food and fuel.
    Between convoys, traders bring in flour on donkey carts along bush tracks. [[Eight VDP|killed]]
    were killed in {{January}} defending one such track. The town's [[five health centres|other]]
    have run out of essential drugs, according to a nurse. WFP said it had reached
    [[12,000 people|aid;a=WFP]] in Titao with cash transfers and hoped to reach
    [[20,000 to 25,000|aid;a=WFP;p]] by {{June}}.""",
)

item(
    "Church attack in Dablo kills priest and worshippers",
    """Gunmen stormed a Catholic church in Dablo during Sunday mass, killing
    [[six people|killed;a=the mayor]], including the priest, and wounding
    [[three|injured;a=the mayor]], the mayor said. [[Two of the wounded|injured]] were later flown
    to Ouagadougou. The attackers, on
    [[about 20 motorbikes|other;a=witnesses]], set fire to the church and a health centre,
    witnesses said. Witnesses said [[nearly 30 worshippers|kidnapped;a=Witnesses]] were briefly
    held before being released. In the days that followed,
    [[more than 2,000 residents|displaced;a=OCHA]] fled to Kaya, OCHA said. The bishop of Kaya
    said [[three other churches|housing;a=The bishop of Kaya]] in the diocese had been burned since
    {{2019}}. A catechist, {{45}}, said: "They told us to stop praying or leave.\"""",
)

item(
    "Karma: rights groups say soldiers killed 147 villagers",
    """Men in Burkinabe army uniforms killed [[147 villagers|killed;a=a local rights group]] in Karma,
    near Ouahigouya, on {{April 20}}, a local rights group said, among them
    [[45 children|killed;a=a local rights group]] and women. Survivors told the Collective against
    Impunity that the soldiers arrived in [[about 30 vehicles|other;a=Survivors]] and on motorbikes
    and went from house to house. The government condemned the killings and opened an inquiry, but
    said it could not confirm the toll. Human Rights Watch later documented
    [[at least 156 deaths|killed;a=Human Rights Watch]] in Karma and nearby hamlets, and said
    [[nine survivors|injured;a=Human Rights Watch]] were treated for gunshot wounds in Ouahigouya.
    [[Hundreds of residents|displaced]] left for Ouahigouya the same week. No one has been
    charged.""",
)

item(
    "Nouna: volunteers accused of killing 28 after jihadist raid",
    """The bodies of [[28 men|killed;a=the government]] were found in Nouna, in the Boucle du
    Mouhoun region, on {{December 31}}, the government said, a day after a jihadist attack on a VDP
    post in the town. Local associations blamed volunteers, saying the dead were Fulani residents
    rounded up overnight. Prosecutors said [[14 volunteers|arrested;a=Prosecutors]] were later
    questioned and [[four|arrested;a=Prosecutors]] detained pending trial. The attack on the post
    had killed [[five VDP|killed]], according to residents. [[About 3,000 Fulani residents|displaced;a=a humanitarian official]]
    have since fled to Mali, a humanitarian official said, and
    [[some 400 families|displaced;a=a humanitarian official]] to Dedougou.""",
)

item(
    "Djibasso: first convoy in five months, then the road closes again",
    """A convoy of [[130 trucks|aid;a=the governor]] carrying rice, oil and medicines reached
    Djibasso on {{Sunday}}, the first since {{June}}, the governor said. The town near the Malian
    border holds [[some 35,000 people|civilians]], including
    [[roughly 15,000 displaced|displaced]] from surrounding villages. The convoy also brought back
    [[about 600 residents|returned;a=the governor]] who had fled to Nouna, he added. On the way
    out, [[two trucks|other;a=a driver]] hit improvised explosive devices, wounding
    [[three soldiers|injured;a=a driver]], a driver said. Authorities say
    another convoy of [[90 trucks|aid;a=Authorities;p]] is being loaded in Dedougou.""",
)

item(
    "Jihadists attack Foube displacement site",
    """Gunmen attacked the displacement site at Foube, in Sanmatenga province, overnight on
    {{Saturday}}, killing [[at least 22 displaced people|killed;a=the humanitarian community]] and
    wounding [[a dozen others|injured;a=the humanitarian community]], the humanitarian community
    in Burkina Faso said in a statement. The site housed
    [[around 6,000 people|displaced;a=OCHA]] who had fled earlier attacks, according to OCHA. The
    attackers burned [[more than 100 shelters|housing]] and a food store holding
    [[40 tonnes|aid]] of WFP rations. [[About 4,500 residents|displaced;a=local authorities]] of
    the site have since left for Barsalogho and Kaya, local authorities said. It was the
    {{second}} attack on the site in {{six months}}.""",
)

item(
    "Government says displaced families are going home",
    """[[More than 1,000,000 displaced people|returned;a=Prime Minister Apollinaire Joachimson Kyelem de Tambela]]
    have returned to their villages since {{2023}}, Prime Minister Apollinaire Joachimson Kyelem de
    Tambela told parliament, a figure that aid agencies said they could not verify. In the
    Centre-Nord region alone, CONASUR said [[about 28,000 households|returned;a=CONASUR]] had gone
    home under the government's return programme in the past year. The agency said it had given
    [[18,500 of those households|aid;a=The agency;alt=CONASUR]] food for {{three months}} and
    seeds. In Dablo, [[some 4,000 people|returned]] came back in {{February}} after the army set up a
    base there. OCHA noted that [[at least 35,000 returnees|displaced;a=OCHA]] had been displaced
    again by new attacks. The government hopes to bring home
    [[500,000 more people|returned;a=The government;p]] by the end of {{2025}}.""",
)

item(
    "Critics of the junta conscripted and sent to the front",
    """Burkina Faso's authorities have seized and conscripted
    [[at least 12 journalists, activists and magistrates|arrested;a=Human Rights Watch;n=journalists, activists and magistrates]]
    who criticised the junta, Human Rights Watch said, using a general mobilisation decree of
    {{April 2023}}. The group said [[three of them|missing;a=The group;alt=Human Rights Watch;n=-]]
    had not been heard from since they were sent to units in the Centre-Nord region. Lawyers said
    [[two magistrates|arrested;a=Lawyers]] had been released after {{six months}}. The government says
    the decree lets it requisition citizens aged {{18}} and over for the war effort. The
    Burkinabe Movement for Human and Peoples' Rights said
    [[more than 40 people|arrested;a=The Burkinabe Movement for Human and Peoples' Rights]] had
    been detained or abducted by security agents in Ouagadougou in the past year. Reporters
    Without Borders said [[at least five journalists|arrested;a=Reporters Without Borders]] were
    still in detention at the end of the year and that
    [[three radio stations|other;a=Reporters Without Borders;u=other]] had been suspended.""",
)

item(
    "Mansila base attack: heavy losses feared",
    """Jihadists attacked the army base at Mansila, in Yagha province, on {{June 11}}, killing
    [[more than 100 soldiers|killed;a=security sources]], security sources told AFP, in one of the
    heaviest losses the army has suffered. JNIM said it had killed
    [[107 soldiers|killed;a=JNIM]] and captured [[seven|kidnapped;a=JNIM]], and posted images of
    stacks of weapons. The army did not publish a toll. A local official said
    [[about 20 volunteers|killed;a=A local official]] were also killed and that
    [[roughly 1,000 residents|displaced;a=A local official]] fled towards Sebba. A soldier who
    survived said the base had held [[about 250 troops|combatants;a=A soldier who survived]] and
    that reinforcements took more than {{eight hours}} to arrive. The United States embassy
    condemned the attack.""",
)

item(
    "Kongoussi classrooms fill with pupils from closed schools",
    """Schools in Kongoussi, in Bam province, have taken in
    [[more than 14,000 pupils|displaced;a=the provincial education office]] displaced from
    closed schools in the north of the province, the provincial education office said. Classes
    are now so crowded that pupils sit on the floor. The office said [[243 schools|other;a=The office]] in Bam
    remain closed, [[17 of them|housing;a=The office;n=-;u=structure]] because they were burned or
    looted. [[Some 600 teachers|other]] are without a posting. Save the Children said it would
    set up [[40 temporary learning spaces|aid;a=Save the Children;p;u=structure]] and train
    [[200 volunteer teachers|other;a=Save the Children;p]] before the next school year, which
    starts in {{October}}.""",
)

item(
    "A month after Barsalogho, families still search for the missing",
    """A month after the massacre in Barsalogho, relatives say they are still looking for
    [[more than 150 people|missing;a=relatives]] who were at the trench that day. Volunteers buried
    [[about 180 bodies|killed;a=a local official]] in mass graves in the first {{48 hours}}, a local
    official told the BBC. Relief workers said [[some 70 of the wounded|injured;a=Relief workers]]
    were still in hospital in Kaya, [[12 of them|injured;a=Relief workers;n=-]] in a serious
    condition. The town, which had [[about 40,000 inhabitants|civilians]] before the attack, has
    lost much of its population: CONASUR registered
    [[9,300 people|displaced;a=CONASUR]] from Barsalogho in Kaya in {{September}}. A WFP convoy of
    [[25 trucks|aid;a=WFP]] reached the town on {{September 19}}, WFP said, carrying food for
    [[15,000 people|aid;a=WFP]].""",
)

item(
    "Kaya's hospital: 'We see gunshot wounds every day'",
    """The regional hospital in Kaya, built in {{1986}}, has become the main trauma centre for the
    Centre-Nord region. Its director, a surgeon in his {{fifties}}, said operations on war wounds had
    risen {{fourfold}} since {{2021}}. Its operating theatres rely on a
    generator for up to {{10 hours}} a day when the grid fails. A blood drive in {{July}} collected
    enough to cover {{two weeks}}, and the health ministry has pledged {{CFA 500 million}} for a new
    wing by {{2026}}. "We work {{24 hours}} a day, {{seven days}} a week," the director said.""",
)

item(
    "Burkina Faso leaves ECOWAS, joins Sahel confederation",
    """Burkina Faso, Mali and Niger formally left the Economic Community of West African States on
    {{January 29, 2025}}, a year after announcing their withdrawal, and now form the Alliance of
    Sahel States, a confederation signed in Niamey in {{July 2024}}. The juntas say the bloc
    failed to help them fight jihadists after {{2012}}. ECOWAS, founded in {{1975}}, had given them
    a {{six-month}} transition period. Trade between Burkina Faso and coastal neighbours is worth
    about {{$1.5 billion}} a year, and Ouagadougou depends on the ports of Abidjan, Lome and Tema
    for {{90%}} of its imports. Analysts at the Institute for Security Studies said the exit
    would do little to reopen the roads to the blockaded towns.""",
)

item(
    "Pensa and Pissila: convoy reaches towns after three-day fight",
    """A supply convoy of [[between 80 and 100 trucks|aid;a=military sources]] fought its way into
    Pissila and on to Pensa over {{three days}}, military sources said on {{Thursday}}, after
    jihadists attacked it at least twice on the road from Kaya. The army said
    [[nine soldiers and volunteers|killed;a=The army;n=soldiers and volunteers]] were killed and
    [[15 to 20|injured;a=The army]] wounded, and that [[up to 50 attackers|killed;a=The army]]
    died. [[Six trucks|other]] were destroyed by roadside bombs. Pensa has been cut off since
    {{2022}} and shelters [[as many as 30,000 people|civilians;a=local officials]], local officials
    say. The convoy also carried [[1,200 bags|aid]] of fertiliser for farmers and brought out
    [[about 300 sick and elderly residents|displaced;n=residents]] to Kaya.""",
)
