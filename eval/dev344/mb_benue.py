"""dev344 items: Benue State (Guma, Logo, Agatu, Otukpo, Makurdi and its camps), 2018-2026."""

from _wrap import item

item(
    "Benue buries victims of New Year attacks in mass funeral",
    """[[Tens of thousands of mourners|other]] filled the IBB Square in Makurdi on
    {{January 11, 2018}} as the coffins of [[73 people|killed;a=Benue State Government]] killed
    in the New Year attacks were carried to a mass burial site, the Benue State Government said.
    The victims died in raids on villages in Guma and Logo local government areas that began on
    {{December 31}}. Governor Samuel Ortom said the gunmen had razed [[more than 40
    houses|housing;a=Governor Samuel Ortom]] and left [[about 80,000 residents|displaced;a=Governor
    Samuel Ortom]] sheltering in schools and churches. Police said [[nine suspects|arrested;a=Police]]
    had been arrested and [[650 additional officers|combatants;a=Police]] sent to the area. The
    Miyetti Allah Cattle Breeders Association of Nigeria said [[1,300 cows|other;u=other;a=Miyetti
    Allah Cattle Breeders Association of Nigeria]] belonging to its members had been rustled in
    Benue in the weeks before the killings, a claim the state rejected.""",
)

item(
    "Livestock guards arrest herders under Benue grazing ban",
    """The Benue State Livestock Guards said on {{Tuesday}} they had arrested [[14
    herders|arrested;a=Benue State Livestock Guards]] and impounded [[around 600
    cattle|other;a=Benue State Livestock Guards]] found grazing openly in Guma, in breach of the
    state's {{2017}} anti-open grazing law. The outfit, set up with [[about 1,200
    recruits|combatants]] in {{2018}}, says herders caught in the open face a fine of
    {{N1,000}} per cow. A magistrate's court in Makurdi remanded [[11 herders|arrested]] in
    prison custody last month. Miyetti Allah Kautal Hore said [[over 2,000
    cows|other;u=other;a=Miyetti Allah Kautal Hore]] had been seized since the law took effect
    and accused the guards of extortion. The group said [[at least 35 of its
    members|arrested;a=The group;alt=Miyetti Allah Kautal Hore]] were being held in Makurdi
    without trial.""",
)

item(
    "Amnesty says at least 100 killed in overnight raid on Benue town",
    """Gunmen attacked Yelwata, a market town in Guma local government area, late on {{Friday}}
    and killed [[at least 100 people|killed;a=Amnesty International]], Amnesty International said
    on {{Saturday}}, adding that [[dozens of people|missing;a=Amnesty International]] were still
    unaccounted for. Many families were locked in their homes and burned, the rights group said.
    Police put the toll lower, saying [[45 bodies|killed;a=Police]] had been recovered by
    {{Saturday}} afternoon and [[29 people|injured;a=Police]] were being treated at the Federal
    Medical Centre in Makurdi. A local official, Terkura Iorfa, said [[more than 3,000
    residents|displaced;a=Terkura Iorfa]] had fled to Daudu and Makurdi. President Bola Tinubu
    ordered the deployment of [[an additional 1,000 troops|combatants;p;a=President Bola Tinubu]]
    to Guma. Residents said [[about 40 shops|housing;a=Residents]] in the town's market were burned
    to the ground.""",
)

item(
    "Hunger stalks Makurdi camps as aid dwindles",
    """More than {{six years}} after fleeing their villages in Guma, [[about 21,000
    people|displaced;a=Benue State Emergency Management Agency]] still live in the Abagena camp on
    the outskirts of Makurdi, according to the Benue State Emergency Management Agency. The agency
    says it runs [[eight official camps|capacity;a=The agency;alt=Benue State Emergency Management
    Agency]] in the state and that [[at least 35,000 others|displaced;a=The agency;alt=Benue State
    Emergency Management Agency]] live with host families in Makurdi town. Food distributions have
    fallen to once a month, camp officials said, and the last one reached [[4,200
    households|aid;a=camp officials]]. Médecins Sans Frontières, which runs a clinic in the camp,
    said it treated [[more than 1,500 children|aid;a=Médecins Sans Frontières]] for malnutrition
    in {{2023}}. The camp chairman, Joseph Tyokase, said [[11 children|killed;a=Joseph Tyokase]]
    had died in the camp since {{January}}. "There are [[only 38 latrines|aid;a=Joseph Tyokase]]
    for the whole camp," he said.""",
)

item(
    "Herders' group says 19 members killed, hundreds of cows slaughtered in Benue",
    """Miyetti Allah Kautal Hore said on {{Sunday}} that [[19 herders|killed;a=Miyetti Allah Kautal
    Hore]] had been killed and [[more than 400 cows|other;u=other;a=Miyetti Allah Kautal Hore]]
    slaughtered by Tiv militias in Agatu and Gwer West over the past {{two weeks}}. Its national
    secretary, Saleh Alhassan, said [[six herders|missing;a=Saleh Alhassan]] were still missing,
    among them a {{14-year-old}} boy. Benue police confirmed [[seven deaths|killed;a=Benue
    police]] and said [[12 people|arrested;a=Benue police]] had been detained over the attacks.
    [[Hundreds of Fulani women and children|displaced;n=women and children]] have since crossed
    into Nasarawa State. Local officials in Doma said they had been housed in [[two primary
    schools|capacity;a=Local officials in Doma]].""",
)

item(
    "Military says Operation Whirl Stroke arrested 42 suspects in three states",
    """Troops of Operation Whirl Stroke arrested [[42 suspects|arrested;a=Defence Headquarters]],
    rescued [[nine kidnap victims|kidnapped;a=Defence Headquarters]] and recovered [[286 rustled
    cattle|other;a=Defence Headquarters]] in Benue, Nasarawa and Taraba in {{October}}, Defence
    Headquarters said on {{Thursday}}. The operation's spokesman, Major Aliyu Danja, said troops
    also killed [[11 armed militiamen|killed;a=Major Aliyu Danja]] in clashes near Katsina-Ala and
    seized [[17 rifles|other;a=Major Aliyu Danja]]. The force has [[more than 3,000 soldiers,
    police and DSS operatives|combatants;n=soldiers, police and DSS operatives]] in the Benue
    valley. It was set up in {{May 2018}} after gunmen killed [[two priests|killed]] and [[17
    worshippers|killed]] during a dawn Mass at a church in Mbalom, Gwer East.""",
)

item(
    "Benue begins returning displaced farmers to Guma villages",
    """The Benue State government on {{Monday}} began moving [[about 2,500 displaced
    people|returned]] from the Daudu camps back to their villages in Guma, under police and
    military escort. Governor Hyacinth Alia said [[another 12,000|returned;p;a=Governor Hyacinth
    Alia]] would go home before the planting season. Officials said [[340 houses|housing;a=Officials]]
    had been rebuilt in Tse-Akaa and Yelwata with federal funds of {{N1.6 billion}}, and that [[a
    further 1,200|housing;p;u=structure;a=Officials]] would be completed by {{December}}. Returning
    families get a food pack and {{N50,000}} in cash, and [[600 families|aid;a=State Emergency
    Management Agency]] had received the package by {{Tuesday}}, the State Emergency Management
    Agency said. Farmers' leaders said [[at least 15 villages|other;a=Farmers' leaders]] in the area
    remain occupied by armed herders. Police said [[400 officers|combatants;p;a=Police]] would be
    stationed in the returnee communities.""",
)

item(
    "MSF treats dozens of gunshot wounds after attacks around Makurdi",
    """Médecins Sans Frontières said its teams at the Benue State University Teaching Hospital had
    received [[63 wounded people|injured;a=Médecins Sans Frontières]], among them [[17
    children|injured;a=Médecins Sans Frontières]], in the {{48 hours}} after attacks on villages
    in Guma and Gwer West. [[Four|killed;a=the medical charity;alt=Médecins Sans Frontières]]
    died of their wounds, the medical charity said. Its surgeons performed [[more than 40
    operations|other;u=other]] over the weekend. The state health commissioner, Yanmar Ortese,
    said [[about 200 people|injured;a=Yanmar Ortese]] had sought treatment across state facilities
    since the start of the month. The attacks drove [[an estimated 9,000
    people|displaced;a=International Organization for Migration]] into Makurdi, according to the
    International Organization for Migration. [[Two schools|capacity]] in the town have been
    turned into shelters.""",
)

item(
    "Court upholds Benue ranching law against Miyetti Allah challenge",
    """A Federal High Court in Makurdi on {{Wednesday}} dismissed a suit filed in {{2018}} by the
    Miyetti Allah Cattle Breeders Association of Nigeria against the Open Grazing Prohibition and
    Ranches Establishment Law of {{2017}}. Justice Ngozi Ekwueme held that Section {{19}} of the
    law, which sets a jail term of up to {{five years}} for open grazing, was within the powers of
    the state assembly. The association, which had argued that the law breached the freedom of
    movement guaranteed by Section {{41}} of the {{1999}} Constitution, said it would appeal within
    the {{90 days}} allowed. The state's attorney-general told reporters the law had been amended
    in {{2019}} and {{2023}} and that the fine for a first offence now stood at {{N1 million}}. The
    ruling comes {{eight years}} after the law took effect on {{November 1, 2017}}.""",
)

item(
    "Rustlers make off with 700 cows in raid on Benue-Nasarawa border settlement",
    """Armed men stormed a Fulani settlement near Tunga in Awe local government area of Nasarawa
    before dawn on {{Sunday}} and drove off [[about 700 cows|other;u=other;a=Husseini Bello]], the
    local chairman of the Miyetti Allah Cattle Breeders Association, Husseini Bello, said. He said
    [[three herdsmen|killed;a=Husseini Bello]] were shot dead and [[two others|kidnapped;a=Husseini
    Bello]] taken away by the rustlers. Nasarawa police spokeswoman Rahila Nandi said officers and
    vigilantes had tracked the herd into Benue and recovered [[412 of the cows|other;u=other;a=Nasarawa
    police spokeswoman Rahila Nandi]]. [[Five suspects|arrested;a=Nasarawa police spokeswoman Rahila
    Nandi]] were in custody, she said. Community leaders said [[more than 30 raids|other;u=other;a=Community
    leaders]] since {{January}} had cost herders in the area [[thousands of
    animals|other;u=other;a=Community leaders]].""",
)

item(
    "Ortom tallies the dead as he hands over Benue",
    """Samuel Ortom, the outgoing Benue governor, said on {{Monday}} that [[more than 5,000
    people|killed;a=Samuel Ortom]] had been killed in attacks by armed herders during his {{eight
    years}} in office and that [[over 1.5 million|displaced;a=Samuel Ortom]] had at one time or
    another been driven from their homes. He said [[about 2,000 people|missing;a=Samuel Ortom]]
    were still unaccounted for and that [[18 local government areas|other;u=other;a=Samuel Ortom]]
    had been attacked at least once. Figures compiled by the Benue State Emergency Management
    Agency are lower: it lists [[3,127 deaths|killed;a=Benue State Emergency Management Agency]]
    and [[about 500,000 people|displaced;a=Benue State Emergency Management Agency]] registered in
    camps and host communities as of {{March 2023}}. Amnesty International, in a report covering
    {{January 2016}} to {{October 2018}}, counted [[3,641 deaths|killed;a=Amnesty International]]
    in the herder-farmer conflict nationwide, {{57 per cent}} of them in {{2018}}.""",
)

item(
    "Benue sets aside N5bn for ranch scheme in 2024 budget",
    """The Benue State House of Assembly passed a {{N215.9 billion}} budget for {{2024}} on
    {{Thursday}}, with {{N5 billion}} set aside for ranch development under the anti-open grazing
    law. Lawmakers said the allocation was {{12 per cent}} higher than in {{2023}}. The pilot ranch
    at Ikpayongo, about {{20km}} east of Makurdi, was started in {{2019}} and is expected to take
    {{two more years}} to finish. Farmers' groups welcomed the money but said it was the {{third}}
    such pledge since {{2018}}. The commissioner for agriculture said a ranch would be offered to
    any herder willing to pay {{N250,000}} a year in fees.""",
)

item(
    "Army deploys troops after week of farmer-herder clashes in Agatu",
    """The Nigerian Army said on {{Wednesday}} it had deployed [[about 2,000 troops|combatants;a=Nigerian
    Army]] to Guma, Agatu and Apa after a week of clashes between farmers and herders in which [[at
    least 43 people|killed;a=Nigerian Army]] were killed. The army's spokesman, Brigadier General
    Musa Danladi, said troops had arrested [[23 suspects|arrested;a=Brigadier General Musa Danladi]]
    and recovered [[350 cattle|other;a=Brigadier General Musa Danladi]] stolen from herders in Apa.
    Agatu community leaders said [[11 villages|housing;a=Agatu community leaders]] had been burned.
    [[Thousands of residents|displaced]] have fled to Otukpo and across the Benue River into
    Nasarawa. The Nigerian Red Cross said it had distributed [[1,800 mats|aid;u=other;a=Nigerian Red
    Cross]] and [[900 mosquito nets|aid;u=other;a=Nigerian Red Cross]] in Otukpo.""",
)

item(
    "Gunmen abduct farmers in Benue as planting season begins",
    """Gunmen abducted [[at least 16 farmers|kidnapped;a=police]] working on farms near Tse-Akaa in
    Guma on {{Thursday}} and killed [[two|killed;a=police]] who tried to flee, police said. Police
    said in a statement that [[six of the farmers|kidnapped;a=Police]] had been rescued by a joint
    team of [[40 officers and vigilantes|combatants;a=Police;n=officers and vigilantes]]. The
    kidnappers are demanding {{N20 million}} for the rest, relatives told Channels Television.
    Farmers' leaders said [[more than 100 farmers|kidnapped;a=Farmers' leaders]] had been taken from
    their fields in Benue since {{January}} and that [[thousands|civilians;a=Farmers' leaders]] were
    now too afraid to plant. The All Farmers Association of Nigeria estimates that {{30 per cent}}
    of farmland in Guma went unplanted last year.""",
)

item(
    "IOM counts nearly half a million displaced across Benue",
    """[[More than 480,000 people|displaced;a=International Organization for Migration]] were
    displaced in Benue at the end of {{September}}, the International Organization for Migration
    said in its latest displacement tracking report, up from [[about
    390,000|displaced;a=International Organization for Migration]] a year earlier. The agency said
    {{62 per cent}} of them were women and children. [[Roughly 150,000|displaced;a=the
    agency;alt=International Organization for Migration]] live in [[27 camps and camp-like
    settings|capacity;u=structure;n=camps and camp-like settings;a=the agency;alt=International
    Organization for Migration]], the rest with host communities, the agency said. It recorded
    [[5,300 new arrivals|displaced;a=International Organization for Migration]] in {{September}}
    alone, mostly from Guma, Agatu and Gwer West, and [[1,900 returns|returned;a=International
    Organization for Migration]]. In neighbouring Nasarawa, the IOM counted [[about 60,000
    IDPs|displaced;a=IOM]].""",
)

item(
    "Villagers count losses after night attack in Otukpo",
    """Gunmen attacked Umogidi in Otukpo local government area on {{Friday}} night and killed [[at
    least 23 people|killed;a=Eje Okpe]], the council chairman, Eje Okpe, said on {{Saturday}}. He
    said the attackers, whom villagers identified as armed herders, burned [[dozens of
    houses|housing;a=Eje Okpe]] and the village church. At the Otukpo General Hospital, a doctor
    said [[15 people|injured;a=a doctor]] had been admitted with gunshot and machete wounds. The
    state information commissioner, Terhemen Iyortyer, said [[120 officers|combatants;a=Terhemen
    Iyortyer]] had been deployed and [[eight suspects|arrested;a=Terhemen Iyortyer]] detained.
    Residents said [[more than 2,000 people|displaced;a=Residents]] had fled to Otukpo town.
    Villagers said the attackers also killed [[as many as 70 goats and pigs|other;u=other;n=goats and
    pigs;a=Villagers]].""",
)

item(
    "Benue to recruit 3,000 community guards as attacks spread",
    """The Benue State government said on {{Tuesday}} it would recruit [[3,000 more community
    volunteer guards|combatants;p;a=Benue State government]] to protect farming communities. The
    outfit now has [[about 2,400 members|combatants]]. Governor Hyacinth Alia said the new guards
    would be deployed to [[14 local government areas|other;p;u=other;a=Governor Hyacinth Alia]]
    from {{July}}. He said attacks in the first {{five months}} of {{2025}} had killed [[at least
    312 people|killed;a=Governor Hyacinth Alia]] and destroyed [[about 1,100
    homes|housing;a=Governor Hyacinth Alia]]. Security sources said [[14 guards|killed;a=Security
    sources]] had been killed in ambushes since {{January}}.""",
)
