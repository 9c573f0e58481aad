"""dev14 texts: mixed regions, part 4, first half (28 texts).

TEXTS = [(title, marked text), ...]; a third item, where present, lists extra negatives.
"""

TEXTS = [
    # ---------------------------------------------------------------- mixed regions, part 4
    (
        "Nigeria: Benue farmers' camps swell after herder attacks",
        "Attacks on farming villages in the Guma and Logo areas of Benue State have continued through the rainy season, the state emergency management agency said. "
        "[[Between 2,000 and 2,500 people|displaced;a=the agency;alt=the state emergency management agency]] arrived at the Daudu camp last week alone, the agency said. "
        "The camp now holds [[about 30,000|displaced]], in tents meant for [[10,000|capacity]]. "
        "Farmers say [[at least 40 villages|other;a=Farmers]] along the Benue river have been abandoned, and {{hundreds of hectares}} of yam and rice are rotting unharvested.",
    ),
    (
        "Colombia: FARC dissidents free kidnapped soldiers in Guaviare",
        "A FARC dissident faction led by alias Calarca handed over [[four soldiers|kidnapped;a=the Ombudsman's Office]] it had held for {{three weeks}} in Guaviare, the Ombudsman's Office said. "
        "The soldiers were seized while guarding a road-building crew, along with [[two civilian engineers|kidnapped]], who were freed earlier. "
        "The group said it had taken them because the army had broken a ceasefire protocol. "
        "Colombia's defence ministry counted [[more than 250 kidnappings|kidnapped;u=person;n=kidnappings;a=Colombia's defence ministry]] in {{2024}}, the highest number in a decade.",
    ),
    (
        "Mali: families in Mopti camp fear for men taken at checkpoint",
        "Women at the Socoura displacement camp near Mopti say their husbands were taken off a bus at an army checkpoint on the road from Djenne and have not been heard from since. "
        "The camp's committee has listed [[17 men|missing;a=The camp's committee]] who disappeared that day. "
        "The camp shelters [[about 3,000 people|displaced]] who fled villages in the Djenne circle after attacks by jihadists and Dan Na Ambassagou militiamen. "
        "The army has said only that it detained several suspects for questioning. "
        "Human Rights Watch says it has documented [[at least 60 enforced disappearances|missing;n=disappearances;a=Human Rights Watch]] in the Mopti region since {{2022}}.",
    ),
    (
        "Sri Lanka: families of the disappeared reject compensation offer",
        "Tamil mothers who have protested for years in Vavuniya and Kilinochchi said on {{Thursday}} they would not accept compensation of {{Rs 200,000}} per family offered by the government. "
        "The Office on Missing Persons says it has received [[about 21,000 complaints|missing;u=person;n=complaints;a=The Office on Missing Persons]] of disappearances, most from the final phase of the war in {{2009}}. "
        "It has traced [[only 16 people|missing;a=The Office on Missing Persons]] alive, it said. "
        "[[More than 200 of the protesting mothers|other;n=mothers;a=the protesters]] have died without learning what happened to their children, the protesters say.",
    ),
    (
        "Ukraine: families of missing soldiers rally in Kyiv",
        "Relatives of Ukrainian soldiers listed as missing in action gathered on Independence Square on {{Sunday}}, holding photographs and demanding faster identification of bodies returned by Russia. "
        "Ukraine's commissioner for missing persons said [[more than 63,000 people|missing;a=Ukraine's commissioner for missing persons]], soldiers and civilians, were officially listed as missing. "
        "In the last repatriation, Russia handed over [[909 bodies|killed;a=the coordination headquarters]] that it said were Ukrainian soldiers, the coordination headquarters said. "
        "DNA matching takes up to {{six months}}, and [[hundreds of bodies|killed]] remain unidentified in morgues in Kyiv and Dnipro.",
    ),
    (
        "DRC: Mai-Mai fighters abduct travellers near Beni for ransom",
        "Mai-Mai militiamen set up a roadblock on the Beni-Kasindi road on {{Tuesday}} and took [[at least 12 travellers|kidnapped;a=civil society leaders]] into the bush, civil society leaders said. "
        "The kidnappers are demanding {{$500}} per hostage. "
        "A day later, soldiers found [[three of the travellers|kidnapped;n=travellers]] tied to trees and freed them. "
        "The civil society group says [[more than 150 people|kidnapped;a=The civil society group]] have been abducted on the same road this year, and [[at least 20|killed;a=The civil society group]] were killed when their families could not pay.",
    ),
    (
        "Armenia: soldiers killed as Azerbaijan shells border towns",
        "Azerbaijani forces shelled Jermuk, Goris and other Armenian towns overnight on {{September 12}}, {{2022}}, in the worst fighting since the {{2020}} war. "
        "Armenia said [[105 soldiers|killed;a=Armenia]] had been killed, and Azerbaijan reported [[80 of its servicemen|killed;n=servicemen;a=Azerbaijan]] dead. "
        "[[About 7,600 residents|displaced;a=Armenian officials]] of border villages were evacuated, Armenian officials said, [[1,437 of them|displaced;n=-;a=Armenian officials]] children. "
        "[[Some 190 houses|housing;a=the Syunik regional administration]] were damaged in the province of Syunik, the Syunik regional administration said.",
    ),
    (
        "Yemen: migrants' detention centre hit in Saada airstrike",
        "A US air strike hit a detention centre for African migrants in Saada, in northern Yemen, in {{April 2025}}, the Houthi-run interior ministry said. "
        "The centre held [[115 migrants|arrested;a=the ministry;alt=the Houthi-run interior ministry]], mostly Ethiopians, according to the ministry, and [[68|killed;a=the ministry;alt=the Houthi-run interior ministry]] of them were killed. "
        "[[Forty-seven survivors|injured]] were taken to hospitals in Saada. "
        "The International Organization for Migration says [[about 90,000 migrants|other;a=The International Organization for Migration]] crossed from the Horn of Africa to Yemen in {{2024}}.",
    ),
    (
        "Gaza: families return to northern Gaza to find neighbourhoods flattened",
        "When the ceasefire took effect in {{January 2025}}, crowds walked north along the coastal Rashid road, back to homes they had left more than a year earlier. "
        "The UN said [[more than 500,000 people|returned;a=The UN]] had crossed from the south to the north in the first week. "
        "A UN satellite assessment found [[about 436,000 homes|housing;a=A UN satellite assessment]] damaged or destroyed, {{92%}} of the housing stock. "
        "In Jabalia, returnees pitched tents on the rubble; aid groups said they had handed out [[8,000 tents|aid;a=aid groups]] in the north and needed [[another 60,000|aid;p;a=aid groups]].",
    ),
    (
        "Sudan: Sennar civilians flee on foot as RSF takes Singa",
        "The Rapid Support Forces seized Singa, the capital of Sennar state, in {{June 2024}}, and residents fled east toward Gedaref on foot and on donkey carts. "
        "The International Organization for Migration said [[up to 136,000 people|displaced;a=The International Organization for Migration]] had fled Sennar state in {{two weeks}}. "
        "At the Gedaref border, [[some 9,000|displaced]] were sleeping in [[22 schools|capacity]] and under trees. "
        "Aid workers said the RSF had looted [[at least 20 aid trucks|other;a=Aid workers]] on the road from Sennar.",
    ),
    (
        "Haiti: Kenyan-led mission receives reinforcements",
        "A {{fourth}} contingent of the Kenyan-led Multinational Security Support mission landed in Port-au-Prince on {{Saturday}}. "
        "The contingent brought [[217 police officers|combatants;a=the mission]] from Kenya, the mission said, raising its strength to [[about 1,000|combatants;a=the mission]]. "
        "The UN had authorised [[up to 2,500 officers|combatants;p]]. "
        "Gangs still control about {{85%}} of the capital, and [[more than 700,000 people|displaced;a=the IOM]] have been displaced nationwide, the IOM says.",
    ),
    (
        "Burkina Faso: Djibo residents describe army reprisals after ambush",
        "Soldiers and civil defence volunteers entered the village of Nodin, near Ouahigouya, after an ambush on a convoy in {{February 2024}}, residents told Human Rights Watch. "
        "The group said [[at least 223 villagers|killed;a=The group;alt=Human Rights Watch]], including [[56 children|killed;a=The group;alt=Human Rights Watch]], were executed in Nodin and the neighbouring village of Soro. "
        "Survivors said they buried the dead in [[eight mass graves|other]]. "
        "The government suspended the BBC and Voice of America for {{two weeks}} for reporting the findings.",
    ),
    (
        "Nigeria: Yelwata attack survivors crowd makeshift camps",
        "Gunmen attacked Yelwata, a market town in Benue State, late on {{June 13}}, firing on families and setting fire to houses where people were sleeping. "
        "Amnesty International said [[as many as 200 people|killed;a=Amnesty International]] were killed; the police put the toll at [[about 100|killed;a=the police]]. "
        "Many of the dead had earlier fled attacks on nearby farms and were living in [[two churches|capacity]] in the town. "
        "The state government said [[about 3,000 survivors|displaced;a=The state government]] had moved to Makurdi, where they are sleeping in a primary school, and [[over 180 houses|housing;a=The state government]] were burned. "
        "The president ordered [[a further 500 troops|combatants;p]] to the area.",
    ),
    (
        "Myanmar: Karenni families live in forest camps as fighting continues",
        "Fighting between the junta and Karenni resistance groups in Kayah State has emptied most of Loikaw, the state capital. "
        "The Karenni Human Rights Group says [[more than 200,000 people|displaced;a=The Karenni Human Rights Group]] have fled their homes since {{2021}}, most to forest camps near the Shan and Thai borders. "
        "In one camp, [[about 4,500 people|displaced;a=a camp committee member]] share [[six wells|other;a=a camp committee member]], a camp committee member said. "
        "Junta air strikes have destroyed [[at least 70 schools|housing;a=the group;alt=The Karenni Human Rights Group]] in the state, the group says.",
    ),
    (
        "Nicaragua: government strips exiles of citizenship and frees political prisoners",
        "Nicaragua put [[222 political prisoners|arrested;a=the government]] on a plane to Washington in {{February 2023}} and stripped them of their citizenship, the government said. "
        "A court declared them traitors the same day under {{Law 1145}}. "
        "The Mechanism for the Recognition of Political Prisoners says [[more than 70|arrested;a=The Mechanism for the Recognition of Political Prisoners]] remain in prison. "
        "[[About 355 people|killed;a=the Inter-American Commission on Human Rights]] were killed during the crackdown on protests in {{2018}}, according to the Inter-American Commission on Human Rights.",
    ),
    (
        "Chad: protesters shot in N'Djamena on 'Black Thursday'",
        "Security forces fired on protesters in N'Djamena and Moundou on {{October 20, 2022}}, the day the junta's initial transition was due to end. "
        "The prime minister said [[about 50 people|killed;a=The prime minister]] had been killed, including [[10 police officers|killed;a=The prime minister]]. "
        "Rights groups later said [[more than 600 people|arrested;a=Rights groups]] had been detained and taken to the Koro Toro desert prison, {{600 km}} from the capital. "
        "[[Some 260|arrested;a=the justice ministry]] of them were sentenced in a mass trial held inside the prison, the justice ministry said.",
    ),
    (
        "Pakistan: Quetta railway station bombing kills soldiers waiting for train",
        "A suicide bomber blew himself up on a crowded platform at Quetta railway station on {{November 9}}, as soldiers waited for a train to Rawalpindi. "
        "Police said [[at least 26 people|killed;a=Police]] were killed, [[14 of them|killed;n=-;a=Police]] soldiers, and [[62|injured;a=Police]] wounded. "
        "The Balochistan Liberation Army said it had carried out the attack. "
        "The train, the Jaffar Express, was due to leave at {{9 a.m.}}",
    ),
    (
        "Indonesia: Papua villagers flee to forest after army operation",
        "Residents of villages in Intan Jaya regency in Papua fled into the forest after troops began searching for separatist fighters of the West Papua National Liberation Army. "
        "A church group said [[about 1,300 people|displaced;a=A church group]] were hiding in the forest or sheltering in [[three churches|capacity;a=A church group]] in the district town. "
        "The army said it had killed [[three rebels|killed;a=The army]] and seized [[two rifles|other;a=The army]]. "
        "Rights groups say [[at least 60,000 Papuans|displaced;a=Rights groups]] have been displaced by the conflict since {{2018}}.",
    ),
    (
        "Kenya: Lamu villagers attacked by al-Shabaab fighters",
        "Al-Shabaab fighters raided villages in Lamu county near the Boni forest, killing villagers and burning houses, police said. "
        "[[Five villagers|killed]] were killed and [[15 houses|housing]] set on fire. "
        "[[About 400 people|displaced;a=the county commissioner]] fled to Mpeketoni, the county commissioner said, and the government sent [[120 police officers|combatants]] to the area. "
        "Schools in the area were closed for {{two weeks}}.",
    ),
    (
        "Colombia: Catatumbo displaced wait in Tibu coliseum",
        "A month after fighting broke out between the ELN and FARC dissidents in the Catatumbo region, families are still sleeping on mattresses in the sports coliseum in Tibu. "
        "The town's mayor said [[about 2,300 people|displaced;a=The town's mayor]] were sheltering in the coliseum and [[four schools|capacity;a=The town's mayor]]. "
        "The government has promised [[5,000 food packages|aid;p;a=The government]], but [[only 1,800|aid]] have arrived. "
        "The army has moved [[about 5,000 troops|combatants;a=the defence minister]] into the region, the defence minister said.",
    ),
    (
        "Somalia: families flee Las Anod fighting",
        "Fighting between Somaliland forces and clan militias around Las Anod in {{February 2023}} drove families out of the town. "
        "UNHCR said [[between 154,000 and 203,000 people|displaced;a=UNHCR]] had fled, [[up to 100,000|displaced;a=UNHCR]] of them across the border into Ethiopia's Somali region. "
        "Doctors at Las Anod general hospital said they had treated [[more than 600 wounded|injured;n=wounded;a=Doctors at Las Anod general hospital]] in {{two months}}. "
        "The hospital itself was shelled {{three times}}.",
    ),
    (
        "Mozambique: post-election protests leave dozens dead in Maputo",
        "Protests over the disputed results of the {{October 9}} election turned violent in Maputo and Nampula, with police firing live rounds and protesters burning tyres and shops. "
        "The civil society platform Plataforma Decide said [[at least 277 people|killed;a=The civil society platform Plataforma Decide]] had been killed by {{mid-January}}. "
        "It counted [[more than 4,000 arrests|arrested;n=arrests;a=The civil society platform Plataforma Decide]]. "
        "During unrest on {{December 25}}, [[more than 1,500 inmates|other;a=police]] escaped from a prison in Maputo, police said; [[33|killed;a=police]] died in clashes with guards.",
    ),
    (
        "Iraq: Kurdistan camp residents told to leave as closures loom",
        "The Iraqi government has ordered the closure of the remaining displacement camps in the Kurdistan Region, giving families a grant of {{4 million dinars}} to leave. "
        "[[About 100,000 people|displaced;a=the International Organization for Migration]] still live in the [[22 camps|capacity;a=the International Organization for Migration]], according to the International Organization for Migration. "
        "Many are Yazidis from Sinjar, where about {{80%}} of homes remain damaged. "
        "So far this year [[about 2,500 families|returned;a=the ministry of migration]] have left the camps for Sinjar, the ministry of migration said.",
    ),
    (
        "Nigeria: Zamfara schoolgirls recount captivity after release",
        "Gunmen took schoolgirls from their dormitories at the Government Girls Secondary School in Jangebe, Zamfara State, before dawn on {{February 26, 2021}}. "
        "The state governor said the [[279 schoolgirls|kidnapped;a=The state governor]] had been freed after {{four days}}, without ransom. "
        "Some of the girls told reporters they had been marched for hours and kept under trees, and [[three of them|injured;n=-;a=The state governor]] were treated for gunshot wounds, the governor added. "
        "The state closed [[all 24 boarding schools|other;a=the commissioner for education]] in the state after the attack, the commissioner for education said.",
    ),
    (
        "Ecuador: soldiers patrol Guayaquil streets after TV station attack",
        "Gunmen stormed the studio of TC Television in Guayaquil during a live broadcast on {{January 9, 2024}}, hours after the president declared an internal armed conflict. "
        "Police arrested [[13 attackers|arrested;a=Police]] inside the building and freed [[about 20 employees|kidnapped;a=Police]] who had been held at gunpoint, Police said. "
        "In the following week the armed forces reported [[more than 1,100 arrests|arrested;n=arrests;a=the armed forces]] across the country. "
        "[[Seven prison guards|kidnapped]] held by inmates in Cuenca were also released.",
    ),
    (
        "Mali: Kidal residents flee as army and Wagner retake town",
        "The Malian army and Russian fighters of the Wagner group entered Kidal in {{November 2023}}, for the first time since {{2012}}. "
        "Most of the population had left beforehand: local officials said [[about 30,000 residents|displaced;a=local officials]] fled toward the Algerian border. "
        "The rebel alliance CSP said drone strikes had killed [[at least 14 civilians|killed;a=The rebel alliance CSP]] in the days before the army arrived. "
        "In Algeria, the town of Tinzaouaten received [[about 2,000 families|displaced;a=the Algerian Red Crescent]], the Algerian Red Crescent said.",
    ),
    (
        "Syria: Sweida clashes leave Druze villages empty",
        "Clashes between Druze fighters and Bedouin tribes in Syria's Sweida province in {{July 2025}} drew in government forces and Israeli air strikes. "
        "The Syrian Observatory for Human Rights said [[more than 1,000 people|killed;a=The Syrian Observatory for Human Rights]] had been killed in a week. "
        "The International Organization for Migration said [[about 176,000 people|displaced;a=The International Organization for Migration]] had been displaced, and [[some 3,000 Bedouin families|displaced;a=The International Organization for Migration]] had been evacuated from the province in buses. "
        "A convoy of [[32 trucks|aid;a=the Syrian Arab Red Crescent]] reached Sweida city, the Syrian Arab Red Crescent said.",
    ),
    (
        "Lebanon: displaced return to southern villages despite Israeli presence",
        "After the ceasefire of {{November 27}}, [[thousands of families|returned]] drove south on the coastal highway, ignoring warnings not to go back yet. "
        "The International Organization for Migration said [[about 580,000 people|returned;a=The International Organization for Migration]] had returned to their areas within {{two months}}, while [[nearly 100,000|displaced;a=The International Organization for Migration]] were still displaced. "
        "In the border village of Kfar Kila, the mayor said [[about 450 houses|housing;a=the mayor]] had been blown up, and [[only 20|housing;a=the mayor]] were still standing. "
        "The Lebanese army has deployed [[about 5,000 soldiers|combatants;a=the army]] south of the Litani river, the army said.",
    ),
]
