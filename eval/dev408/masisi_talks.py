"""Items: Rutshuru, Masisi and Walikale, 2022-2026 (Bunagana, Kishishe, Kitshanga and Mweso,
Rubaya, Walikale, mass graves, recruitment, kidnappings, army trials) and the Washington and Doha
talks, with the prisoner releases and the fighting that went on around them."""

from _wrap import item

item(
    "UN: at least 131 civilians killed in Kishishe and Bambo",
    """A preliminary UN investigation said {{M23}} fighters killed
    [[at least 131 civilians|killed;a=A preliminary UN investigation]] in Kishishe and Bambo, in
    Rutshuru territory, on {{November 29 and 30, 2022}}, among them
    [[102 men|killed;a=A preliminary UN investigation]],
    [[17 women|killed;a=A preliminary UN investigation]] and
    [[12 children|killed;a=A preliminary UN investigation]]. The victims were shot or hacked to
    death in reprisal for attacks by other armed groups, it said.
    [[At least 22 women|injured;a=A preliminary UN investigation]] and
    [[five girls|injured;a=A preliminary UN investigation]] were raped, it said. The government
    later put the toll at [[272|killed;a=The government]]. The M23 said
    [[eight civilians|killed;a=The M23]] had died from "stray bullets" during clashes with the
    FDLR.""",
)

item(
    "Kitshanga falls; thousands shelter in Mweso hospital grounds",
    """[[More than 8,000 people|displaced;a=MSF]] have taken refuge in the grounds of the Mweso
    general hospital since {{M23}} fighters took Kitshanga, MSF said on {{January 30, 2023}}. The
    hospital, which has [[150 beds|capacity]], is treating [[dozens of wounded|injured;n=wounded]]
    from the fighting. A shell hit the compound on Saturday, killing
    [[two people|killed;a=the charity;alt=MSF]] and wounding [[11|injured;a=the charity;alt=MSF]],
    the charity said. OCHA said [[about 75,000 people|displaced;a=OCHA]] had fled Kitshanga and
    the surrounding hills in {{two weeks}}. [[Hundreds of houses|housing]] in the town were looted
    and some set on fire. [[About 1,000 Wazalendo|combatants;a=local officials]] were holding
    positions at Kilolirwe, local officials said.""",
)

item(
    "UN experts: Rwandan troops fight beside M23, rebels tax Rubaya coltan",
    """UN experts said in a report seen by Reuters that
    [[between 3,000 and 4,000 Rwandan soldiers|combatants;a=UN experts]] were fighting alongside
    the {{M23}} in North Kivu in {{early 2024}}. The M23 itself had grown to
    [[about 6,500 fighters|combatants;a=UN experts]], they said. The group has controlled the
    Rubaya coltan mines since {{April 2024}} and sends
    [[about 120 tonnes|other;a=the experts;alt=UN experts]] of ore a month to Rwanda, earning
    about {{$800,000}} a month in levies, the experts said.
    [[About 15,000 artisanal miners|other]] work the pits. The experts said
    [[more than 500 children|combatants;a=The experts;alt=UN experts]] had been recruited by the
    group. A landslide at Rubaya in {{June 2025}} killed
    [[at least 29 miners|killed;a=local officials]], local officials said.""",
)

item(
    "Congo and Rwanda sign peace agreement in Washington",
    """The foreign ministers of Congo and Rwanda signed a peace agreement in Washington on
    {{June 27, 2025}}, committing Rwanda to lift its "defensive measures" within {{90 days}}. US
    officials said [[an estimated 7,000 Rwandan troops|combatants;a=US officials]] were in eastern
    Congo at the time. The deal also calls for the neutralisation of the FDLR, which Kigali says
    has [[about 1,500 fighters|combatants;a=Kigali]]. OCHA says
    [[21 million people|civilians;a=OCHA]] across Congo need humanitarian aid. Congo's government said
    [[more than 7,000 people|killed;a=Congo's government]] had been killed and
    [[about 2.8 million|displaced;a=Congo's government]] displaced in the east since {{January}}.
    MONUSCO, which is not party to the deal, still has
    [[about 11,000 troops|combatants]] in the country. The {{M23}}, which did not sign, said it
    was not bound by the agreement.""",
)

item(
    "Doha deal opens way for prisoner releases through the ICRC",
    """Kinshasa and the AFC/{{M23}} agreed in Doha on {{September 14, 2025}} to exchange prisoners
    through the ICRC. The M23 says it holds [[about 1,900 government soldiers|arrested;a=The M23]]
    and Kinshasa says it holds [[more than 700 alleged rebels|arrested;a=Kinshasa]]. The ICRC
    said it expected to transport [[at least 1,200 detainees|other;p;a=The ICRC]] in the opening
    phase. The {{first}} flight, on {{October 3}}, carried [[82 released detainees|other]] from Goma
    to Kinshasa, including [[12 wounded|injured;n=wounded]]. An association of soldiers'
    families said [[about 3,000 soldiers|missing;a=An association of soldiers' families]] had
    been missing since {{2022}}.""",
)

item(
    "M23 enters Walikale, then says it will pull back",
    """{{M23}} fighters entered Walikale centre on {{March 19, 2025}}, about {{125 km}} west of
    Goma, the farthest west the rebels had pushed. [[Tens of thousands of residents|displaced;a=local officials]]
    fled into the forest, local officials said. Alphamin Resources said it had
    evacuated [[about 1,100 staff|displaced;a=Alphamin Resources]] from its Bisie tin mine. The
    rebels announced on {{March 22}} that they would withdraw, but
    [[about 300 fighters|combatants;a=residents]] were still in town a week later, residents
    said. MSF said [[14 people|killed;a=MSF]] had been killed and [[31|injured;a=MSF]] wounded by
    shells in Walikale. [[Some 18,000 people|displaced]] reached Pinga, where
    [[about 40,000 residents|civilians]] were already cut off from aid.""",
)

item(
    "Tshisekedi and Kagame sign the Washington accords",
    """Presidents Félix Tshisekedi and Paul Kagame signed the Washington accords at the White House
    on {{December 4, 2025}}, more than {{five months}} after their foreign ministers initialled
    the peace agreement. The accords include a regional economic framework that US officials said
    could draw {{$1.5 billion}} of investment into minerals processing in the {{first}} phase.
    The ceremony lasted about {{two hours}}. Donald Trump, {{79}}, called it "a great day for
    Africa". The AFC/{{M23}}, negotiating separately in Doha, was not present.""",
)

item(
    "Mass graves found near Kiwanja, UN office says",
    """The UN joint human rights office said on {{June 18}} it had exhumed
    [[at least 48 bodies|killed;a=The UN joint human rights office]] from
    [[three graves|other;u=other;a=The UN joint human rights office]] near Kiwanja, in Rutshuru.
    [[Eighteen|killed;a=The UN joint human rights office]] had their hands tied behind their
    backs, it said. Relatives said [[about 70 men|kidnapped;a=Relatives]] had been taken from
    Kiwanja by fighters in {{June 2023}} and never seen again. The {{M23}} said the graves held
    fighters killed in clashes with the Wazalendo and that
    [[22 of the dead|killed;a=The M23;n=dead]] were its own men. The office said it had recorded
    [[more than 1,000 civilians|killed;a=The office;alt=The UN joint human rights office]] killed
    by all parties in North Kivu in {{2023}}.""",
)

item(
    "Army drones hit Masisi; rebels report civilian deaths",
    """The {{M23}} said army drone strikes on Kitshanga and Kilolirwe killed
    [[nine civilians|killed;a=The M23]] and wounded [[23|injured;a=The M23]] on
    {{February 17, 2024}}. The army said it had struck rebel positions and killed
    [[more than 40 fighters|killed;a=The army]]. Congo has bought
    [[at least nine Chinese-made drones|other;a=diplomats]] of the {{CH-4}} type since {{2023}},
    according to diplomats. [[About 2,000 people|displaced]] fled Kilolirwe after the strikes.
    [[Dozens of homes|housing;a=residents]] were destroyed, residents said.""",
)

item(
    "M23 seizes Bunagana; thousands cross into Uganda",
    """{{M23}} rebels seized the border town of Bunagana on {{June 13, 2022}}, and
    [[about 30,000 people|displaced;a=the Uganda Red Cross]] crossed into Uganda, the Uganda Red
    Cross said. [[137 Congolese soldiers and police|combatants;n=soldiers and police;a=the Ugandan
    army]] crossed with them and surrendered their weapons, the Ugandan army said. The Nyakabande
    transit centre, with room for [[about 1,500|capacity;a=UNHCR]], was holding
    [[more than 11,000|displaced;a=UNHCR]] by {{June 16}}, UNHCR said. Aid workers at Nyakabande
    said [[up to 2,000 people a day|displaced;a=Aid workers at Nyakabande]] were still arriving.
    [[About 600 refugees|returned]] crossed back to Bunagana within days. The Congolese army said
    the M23 had been backed by
    [[about 800 Rwandan soldiers|combatants;a=The Congolese army]].""",
)

item(
    "Amnesty: M23 abducts boys and young men to fill its ranks",
    """Amnesty International said on {{July 22, 2025}} that {{M23}} fighters had abducted
    [[at least 150 boys and young men|kidnapped;n=boys and young men;a=Amnesty International]]
    from camps and villages in Rutshuru since {{January}} and forced them into training.
    [[Some 40|kidnapped;a=the rights group;alt=Amnesty International]] later escaped, the rights
    group said. UNICEF said it had verified the recruitment of
    [[more than 1,000 children|combatants;a=UNICEF]] by armed groups in North Kivu in {{2024}},
    {{40%}} of them by the M23. The rebels' training camp at Tchanzu holds
    [[as many as 3,000 recruits|combatants;a=a former trainee]], a former trainee told Reuters.
    The AFC said the [[6,000 recruits|combatants;a=The AFC]] who joined in {{2025}} were all
    volunteers. Wazalendo groups are thought to field
    [[between 20,000 and 30,000 fighters|combatants]].""",
)

item(
    "Fighting flares in Masisi despite Doha framework",
    """Clashes between the {{M23}} and Wazalendo in Masisi killed
    [[at least 27 people|killed;a=a local administrator]] over {{three days}}, a local
    administrator said on {{January 12, 2026}}. [[About 30,000 people|displaced;a=OCHA]] fled
    towards Nyabiondo and Lwibo, OCHA said. [[More than 300 homes|housing]] were burned in
    Nyabiondo. Aid agencies cannot reach [[some 150,000 people|civilians]] in the area. The M23
    accused Kinshasa of bombing its positions with drones, killing
    [[six of its fighters|killed;a=The M23]]. The army denied it and said the rebels had sent
    [[about 2,000 reinforcements|combatants;a=The army]] to the area. Qatari mediators said
    [[14 ceasefire violations|other;u=other;a=Qatari mediators]] had been reported since
    {{December}}.""",
)

item(
    "ICRC: thousands missing in the Kivus",
    """The ICRC said on {{August 30, 2025}}, the International Day of the Disappeared, that
    [[more than 4,800 people|missing;a=The ICRC]] had been reported missing in North and South
    Kivu since {{January}}, including [[more than 700 children|missing;a=The ICRC]] separated
    from their parents. The organisation said it had recovered and identified
    [[640 bodies|killed;a=The organisation;alt=The ICRC]]. ICRC delegates have visited
    [[nearly 200 detainees|arrested]] held in Goma. The Congolese Red Cross has
    [[about 1,400 volunteers|other;a=the ICRC]] in the Kivus, the ICRC said.
    [[Seven Red Cross volunteers|killed]] have been killed there since {{2022}}.""",
)

item(
    "Soldiers who fled Goma go on trial in Kinshasa",
    """A military court in Kinshasa on {{March 18, 2025}} opened the trial of
    [[75 soldiers|arrested]] accused of abandoning their positions in Sake and Goma and of
    looting. In Butembo, [[16 soldiers|arrested]] were sentenced to death for fleeing the front.
    Human Rights Watch said [[at least 40 civilians|killed;a=Human Rights Watch]] were killed by
    retreating soldiers and Wazalendo fighters in {{January}} and {{February}}. The army said
    [[about 1,700 soldiers|combatants;a=The army]] who fled Goma had regrouped in Beni and
    Walikale. [[More than 400 soldiers|missing;a=military sources]] remain unaccounted for,
    military sources said. The defence ministry said it had recruited
    [[about 9,000 new soldiers|combatants;a=The defence ministry]] since {{February}}.""",
)

item(
    "Doha: Kinshasa and AFC/M23 sign a declaration of principles",
    """Representatives of Kinshasa and the AFC/{{M23}} signed a declaration of principles in Doha
    on {{July 19, 2025}}, committing to a permanent ceasefire and to a final agreement by
    {{August 18}}. The {{eight-point}} text was the fruit of {{three months}} of Qatari
    mediation. Qatar's minister of state Mohammed Al-Khulaifi called it "the beginning of a
    path". The deadline was missed, and the {{second}} round of talks opened in {{September}}.
    Kinshasa had for years refused to negotiate with a group it called a Rwandan proxy.""",
)

item(
    "Health workers abducted on the Sake-Masisi road",
    """Gunmen abducted [[four health workers|kidnapped;a=the provincial health division]] from a
    clinic near Ngungu, in Masisi, on {{May 6}}, the provincial health division said.
    [[Two|kidnapped]] were freed after their families paid ransoms of {{$1,500}}. The {{M23}}
    said Wazalendo fighters were holding [[about 30 hostages|kidnapped;a=The M23]] in the hills
    above Ngungu. Since {{January}}, [[at least 62 people|kidnapped;a=a local rights group]] have
    been abducted on the Sake-Masisi road, a local rights group said.
    [[About 3,400 people|displaced]] fled Ngungu after the attack. The health division said
    [[11 health centres|other;a=The health division;alt=the provincial health division]] in
    Masisi had closed because of insecurity.""",
)
