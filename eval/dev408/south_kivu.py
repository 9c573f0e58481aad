"""Items: South Kivu, 2025-2026: Minova and Kalehe, the fall of Bukavu and Kavumu, Burundi's
troops and the refugees who crossed into Burundi, Uvira and the Ruzizi plain, the high plateaux
and the mining towns of Mwenga."""

from _wrap import item

item(
    "Rebels take Minova; Kalehe's displaced cross the lake",
    """{{M23}} fighters captured Minova, the South Kivu lakeside town that feeds Goma, on
    {{January 21, 2025}}. [[About 100,000 people|displaced;a=OCHA]] fled Minova and the
    surrounding villages in {{three days}}, OCHA said. [[Dozens of boats|other]] packed with
    families crossed Lake Kivu to Idjwi island, where the administrator said
    [[about 12,000 people|displaced;a=the administrator]] had landed.
    [[At least 23 people|missing;a=the Red Cross]] were missing after an overloaded canoe
    capsized near Kituku, the Red Cross said. The army said
    [[13 soldiers|killed;a=The army]] died defending the town. Burundi has
    [[about 10,000 troops|combatants;a=diplomats]] in South Kivu, diplomats say, some of them
    dug in on the hills above Minova. [[About 4,000 households|displaced;a=camp managers]] from
    Minova were sheltering at Lushagala, outside Goma, by the end of the week, camp managers
    said.""",
)

item(
    "M23 walks into Bukavu as army and Burundians pull back",
    """{{M23}} fighters entered Bukavu on {{February 14}} after Congolese troops and their Burundian
    allies withdrew, taking Congo's {{fifth-largest}} city, home to
    [[about 1.3 million people|civilians]], without a battle. The rebels had seized Kavumu
    airport, {{30 km}} to the north, the day before. Looters emptied World Food Programme
    warehouses holding [[about 5,400 tonnes|aid;a=the agency;alt=World Food Programme]] of food,
    the agency said. Bukavu's central prison was emptied, with
    [[about 2,200 inmates|other;a=a prison official]] escaping, a prison official said.
    Witnesses said [[at least 11 people|killed;a=Witnesses]] were killed by stray bullets. The
    M23 said it had found [[about 3,000 weapons|other;a=The M23]] abandoned in army depots.
    [[Some 1,500 Burundian soldiers|combatants;a=Burundian officials]] crossed back home through
    Kamanyola, Burundian officials said. Residents said
    [[2,000-3,000 Wazalendo|combatants;a=Residents]] had left town before the rebels arrived.""",
)

item(
    "Congolese pour into Burundi; some drown in the Rusizi",
    """UNHCR said [[more than 40,000 Congolese|displaced;a=UNHCR]] had crossed into Burundi in
    {{two weeks}} as the {{M23}} advanced south of Bukavu. [[At least 10,000|displaced]] crossed
    in {{a single day}} at Gatumba. Burundian officials said
    [[at least three people|killed;a=Burundian officials]] drowned in the Rusizi river trying to
    cross. Refugees were housed in the Rugombo stadium, which the agency said had room for
    [[about 3,000|capacity;a=the agency;alt=UNHCR]] but sheltered
    [[more than 30,000|displaced;a=the agency;alt=UNHCR]]. UNHCR planned to move
    [[about 25,000 refugees|displaced;p;a=UNHCR]] to the Musenyi camp by the end of
    {{March}}. Burundian police said
    [[more than 200 Congolese soldiers|combatants;a=Burundian police]] had crossed with the
    refugees and been disarmed.""",
)

item(
    "Burundi's quiet losses in Congo",
    """A Burundian army officer told Reuters that
    [[at least 200 Burundian soldiers|killed;a=A Burundian army officer]] had been killed in South
    Kivu since {{2023}}, a toll Bujumbura has never published. Burundi deployed
    [[about 10,000 troops|combatants]] under a bilateral deal with Kinshasa. UN experts said in
    their report that [[between 1,000 and 1,500 Burundian soldiers|combatants;a=UN experts]]
    were pulled back in {{February 2025}}, after Bukavu fell. Rights groups said
    [[some 90 Burundian soldiers|arrested;a=Rights groups]] who refused to deploy had been tried
    for mutiny in Bujumbura. The {{M23}} said it had captured
    [[42 Burundian soldiers|arrested;a=The M23]] near Kamanyola.
    [[About 4,000 troops|combatants;a=the experts;alt=UN experts]] remained around Uvira, the
    experts said.""",
)

item(
    "M23 takes Uvira days after Washington signing",
    """{{M23}} fighters entered Uvira on {{December 10, 2025}}, less than a week after Presidents
    Félix Tshisekedi and Paul Kagame signed the Washington accords. OCHA said
    [[more than 200,000 people|displaced;a=OCHA]] had fled the fighting in the Ruzizi plain since
    {{December 1}}. [[About 84,000|displaced;a=UNHCR]] crossed into Burundi, UNHCR said. The
    town's [[some 700,000 residents|civilians]] were left without power. Burundi's interior
    ministry said [[nine people|killed;a=Burundi's interior ministry]] were killed and
    [[22|injured;a=Burundi's interior ministry]] wounded when shells landed in Gatumba. Uvira's
    general hospital said it had treated [[more than 170 wounded|injured;a=Uvira's general
    hospital;n=wounded]]. A UN official said
    [[about 1,500 rebel fighters|combatants;a=A UN official]] were still in the town a week
    after the AFC announced its withdrawal.""",
)

item(
    "UN: children executed, hundreds detained in Bukavu",
    """The UN human rights office said on {{February 25}} that it had verified the summary
    execution of [[at least seven children|killed;a=The UN human rights office]] by {{M23}}
    fighters in Bukavu. It said
    [[more than 60 people|killed;a=The UN human rights office]] had been killed in Kabare and
    Kalehe by soldiers and Wazalendo fighters as they fell back. In Kavumu,
    [[14 bodies|killed;a=residents]] were found in a pit near the airport, residents said.
    Bukavu's civil society coordination said
    [[about 800 people|arrested;a=Bukavu's civil society coordination]] had been detained since
    the city fell. [[Some 130 women|injured;a=Dr Denis Mukwege's foundation]] had sought
    treatment for rape at Panzi hospital in {{two weeks}}, Dr Denis Mukwege's foundation said.
    The hospital has [[450 beds|capacity]].""",
)

item(
    "Idjwi island overwhelmed by Kalehe's displaced",
    """Idjwi, an island of [[about 300,000 people|civilians;a=the island's administrator]] in
    Lake Kivu, has taken in [[more than 45,000 displaced|displaced;a=the island's
    administrator]] since {{January}}, the island's administrator said. UNICEF said
    [[eight children|killed;a=UNICEF]] had died of cholera in Bugarula. The island's only
    referral hospital has [[80 beds|capacity]]. MSF said it had opened
    [[three cholera treatment units|other;a=MSF]]. [[About 9,000 households|aid]] received WFP
    rations in {{March}}. [[About 600 displaced families|displaced]] live in
    [[12 schools|capacity]] on the island's western shore.""",
)

item(
    "Kinshasa offers rewards for rebel leaders",
    """Congo's justice ministry on {{February 8, 2025}} offered rewards of {{$5 million}} for
    information leading to the arrest of AFC leader Corneille Nangaa, {{M23}} military chief
    Sultani Makenga and spokesman Bertrand Bisimwa. Nangaa, {{54}}, a former head of the
    electoral commission, was sentenced to death in absentia by a military court in Kinshasa in
    {{August 2024}}. Makenga, {{51}}, has been under UN sanctions since {{2012}}. The ministry
    said the offer would stand for {{12 months}}. The AFC called it "a publicity stunt".""",
)

item(
    "Drone strikes on Minembwe kill civilians, Twirwaneho says",
    """Army drone strikes on Minembwe, in South Kivu's high plateaux, killed
    [[at least 14 civilians|killed;a=the Twirwaneho armed group]] on {{October 2}}, the
    Twirwaneho armed group said. Local leaders said
    [[about 3,500 Banyamulenge|displaced;a=Local leaders]] had fled to the hills above the town.
    The army said the strikes hit Twirwaneho positions and killed
    "[[dozens of fighters|killed;a=The army]]". Twirwaneho, allied with the {{M23}}, is estimated
    to have [[between 2,000 and 3,000 fighters|combatants]]. Aid agencies have been unable to
    reach [[about 60,000 people|civilians;a=OCHA]] on the plateaux since {{2024}}, OCHA said.
    [[Four houses|housing]] near the Minembwe market were destroyed.""",
)

item(
    "Bukavu buries its unclaimed dead",
    """Bukavu's provincial health division said on {{March 3}} that
    [[more than 400 bodies|killed;a=Bukavu's provincial health division]] had been buried in the
    city since {{February 14}}, [[about 250|killed;a=Bukavu's provincial health division]] of them
    unidentified. The ICRC said it had handed [[1,200 body bags|aid;a=The ICRC]] to the Bukavu
    general hospital, which was treating [[about 180 wounded|injured;a=The ICRC;n=wounded]].
    Families told AFP [[dozens of young men|missing;a=Families]] were unaccounted for after night
    raids in Kadutu. The {{M23}} said [[27 of its fighters|killed;a=The M23]] had died in the
    fighting for Kavumu. [[Six Red Cross volunteers|injured]] were wounded while collecting
    bodies on the Kavumu road.""",
)

item(
    "Refugees trickle back from Burundi to the Ruzizi plain",
    """[[About 12,000 Congolese refugees|returned;a=UNHCR]] have returned from Burundi to Uvira
    and the Ruzizi plain since {{January}}, UNHCR said on {{March 4, 2026}}, but
    [[more than 70,000|displaced;a=UNHCR]] remain in the Musenyi and Cishemere camps. Burundi's
    interior ministry said it would close the Cishemere transit centre, built for
    [[about 5,000 people|capacity;a=Burundi's interior ministry]], by {{June}} and move the
    [[8,000|displaced;p;a=Burundi's interior ministry]] still there to Musenyi.
    [[Some 40 returnees|arrested;a=local activists]] were detained on arrival at Kamanyola on
    suspicion of links to the Wazalendo, local activists said. Border officials said
    [[200-250 people a day|returned;a=Border officials]] were crossing back at Gatumba.
    [[Up to 30,000 people|returned;p;a=the agency;alt=UNHCR]] could go back by the end of the
    year if the Doha talks hold, the agency said.""",
)

item(
    "Burundi shuts Gatumba crossing",
    """Burundi closed its border with Congo at Gatumba at {{6pm}} on {{December 11, 2025}}, a day
    after {{M23}} fighters entered Uvira, {{15 km}} away across the Rusizi. The interior ministry
    said the closure would last at least {{48 hours}}. Traders who cross daily to sell fish and
    cassava in Uvira said the price of a sack of flour in Bujumbura had risen to
    {{120,000 francs}}. The crossing, on the {{RN4}} road between Uvira and Bujumbura, reopened on
    {{December 19}}. It had last been closed in {{2020}}, during the pandemic.""",
)

item(
    "Kalehe clashes kill dozens, villages burned",
    """[[At least 40 people|killed;a=local civil society]] were killed in clashes between the
    {{M23}} and Wazalendo fighters around Kalehe over the weekend, local civil society said on
    {{July 14}}. [[About 800 homes|housing]] in [[nine villages|housing]] were burned.
    [[More than 15,000 people|displaced;a=the UN]] fled towards Kalehe centre and Nyabibwe, the
    UN said. The M23 said it had "neutralised" [[62 Wazalendo|killed;a=The M23]] and a Wazalendo
    commander said his men had killed [[17 rebels|killed;a=a Wazalendo commander]]. Health
    workers in Kalehe said [[48 wounded|injured;a=Health workers in Kalehe;n=wounded]] had been
    admitted since Saturday.""",
)

item(
    "Fighting around Kamituga empties a gold town",
    """Fighting between the {{M23}} and Wazalendo around Kamituga, a gold-mining town in Mwenga
    territory, has displaced [[about 45,000 people|displaced;a=OCHA]] since {{September}}, OCHA
    said on {{October 20, 2025}}. [[Thousands of artisanal miners|displaced]] abandoned their
    shafts. Kamituga's hospital said [[35 people|injured;a=Kamituga's hospital]] with gunshot
    wounds had been admitted in a week and [[six|killed;a=Kamituga's hospital]] had died. The
    M23 said it had deployed [[about 2,000 fighters|combatants;a=The M23]] to the area.
    [[Some 20 health centres|other]] in Mwenga have closed. Mining cooperatives said
    [[at least 120 miners|kidnapped;a=Mining cooperatives]] had been abducted and forced to carry
    ammunition.""",
)

item(
    "Bukavu schools reopen, but many in South Kivu stay shut",
    """Schools in Bukavu reopened on {{March 10}} after almost a month, but
    [[about 1,100|other;u=structure;a=the provincial education division]] across South Kivu
    remained closed, the provincial education division said. It said
    [[some 380,000 pupils|other;a=the provincial education division]] were out of school.
    [[Forty-six schools|housing]] were damaged in the fighting and
    [[about 120|capacity;u=structure]] were still being used as shelters by displaced families.
    Save the Children said it had distributed [[15,000 school kits|aid;a=Save the Children]].
    The teachers' union SYECO said [[eight teachers|killed;a=The teachers' union SYECO]] had been
    killed since {{January}}.""",
)

item(
    "Rebel authorities close displacement sites in Kabare and Kalehe",
    """The {{M23}} administration in Bukavu ordered the closure of
    [[17 displacement sites|capacity;a=aid workers]] in Kabare and Kalehe by {{April 30}}, aid
    workers said. The sites sheltered [[about 62,000 people|displaced;a=IOM]], according to IOM.
    [[More than 20,000|returned;a=IOM]] had left by mid-April, most for villages in Kalehe's
    highlands, IOM said. Rebel officials said they would provide
    [[50 trucks|aid;p;a=Rebel officials]] to carry [[the remaining 42,000|returned;p;a=Rebel
    officials]]. [[At least six people|killed;a=the Red Cross]] died when a truck carrying
    returnees overturned near Kalehe, the Red Cross said.""",
)
