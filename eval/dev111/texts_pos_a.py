"""dev111 positives, part a: flight from fighting now, camps attacked, border confrontations."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "'They shot at us as we ran': Sudanese families pour into Chad as killings spread in West Darfur",
        "More than 6,000 people crossed from Sudan's West Darfur state into eastern Chad in the "
        "space of three days this week, aid agencies said, as survivors described militiamen going "
        "house to house in El Geneina and shooting men as they tried to leave. Many of the new "
        "arrivals at the border town of Adré had walked about 30km under cover of darkness, "
        "according to Doctors Without Borders (MSF), whose teams treated more than 600 wounded "
        "people at the town's hospital on Thursday and Friday alone. Most had gunshot wounds, the "
        "group said. 'They shot at us as we ran, they did not care if we were women or children,' "
        "said Khadija Abakar, 34, who arrived with four of her children and does not know where "
        "her husband is. Witnesses blamed the paramilitary Rapid Support Forces and allied Arab "
        "militias, who have been fighting the army and local Masalit defence groups for control of "
        "the city since late April. The RSF has denied targeting civilians and says it is "
        "protecting residents from 'tribal strife'. The UN refugee agency said the pace of arrivals "
        "had outstripped its capacity to move people away from the border, where families are "
        "sheltering under trees and sheets of plastic with the rainy season days away. Water "
        "trucking and latrines at the border sites cover less than a third of needs, according to "
        "the agency, which called it the largest influx into Chad in two decades.",
        "V D H",
        "killings and flight across the border",
    ),
    (
        "RSF fighters storm Zamzam camp in Darfur, medical staff among the dead",
        "Fighters from Sudan's Rapid Support Forces stormed the Zamzam displacement camp outside "
        "El Fasher on Friday and Saturday, killing dozens of residents and nine staff of a medical "
        "charity, aid groups and local activists said on Sunday. The paramilitary force shelled the "
        "camp from the south before pickup trucks mounted with machine guns drove in, witnesses "
        "told Reuters by satellite phone. Relief International said its whole team at one of the "
        "last working clinics in the camp had been killed, including doctors and a driver. The El "
        "Fasher resistance committees, a volunteer group, said homes and the main market had been "
        "set on fire. Zamzam, which held around half a million people before the assault, was one "
        "of the first places in Sudan where a UN-backed monitor declared famine last year. Tens of "
        "thousands of residents have fled on foot towards El Fasher city and the town of Tawila, "
        "some 60km to the west, the International Organization for Migration said. The RSF said "
        "in a statement that it had 'liberated' the camp from army-allied fighters who used it as "
        "a base, and posted videos of its men inside. Sudan's army, which has been besieged in El "
        "Fasher for almost a year, said its aircraft had struck RSF positions around the camp. A "
        "UN spokesperson in New York said attacks on health workers and on people who had already "
        "fled once were 'utterly unacceptable'.",
        "B E V D H",
        "assault on displacement camp",
    ),
    (
        "Fighting near Kajo-Keji pushes thousands of South Sudanese into northern Uganda",
        "More than 1,200 South Sudanese refugees a day have been arriving at reception points in "
        "Uganda's Adjumani and Yumbe districts since fighting broke out around the town of "
        "Kajo-Keji last week, local officials said on Tuesday. New arrivals at the Nyumanzi "
        "transit centre, which was built to hold 3,000 people, said government troops and fighters "
        "of the National Salvation Front (NAS) rebel group had clashed in villages near the border "
        "for several days. 'We heard the guns from Sunday morning, and by evening the soldiers were "
        "burning the houses,' said Emmanuel Lado, a teacher who walked for two days with his "
        "mother and three nephews. Some arrivals had gunshot wounds and were taken to Adjumani "
        "hospital, a health worker said. A spokesman for South Sudan's army said troops were "
        "'clearing rebel positions' in the area and denied that soldiers had burned homes. The "
        "Office of the Prime Minister, which runs Uganda's refugee programme, said the transit "
        "centre was holding more than three times its capacity and that latrines and water points "
        "had run short. Uganda already hosts some 1.8 million refugees, more than any other country "
        "in Africa, and the UN refugee agency has warned that its operation there is less than a "
        "third funded. Officials said buses would begin moving families to the Palorinya "
        "settlement this week.",
        "B V M D H",
        "clashes and flight across the border",
    ),
    (
        "Drone attack kills dozens of Rohingya waiting to cross into Bangladesh, witnesses say",
        "Drones dropped explosives on crowds of Rohingya families waiting on the Myanmar bank of the "
        "Naf river to cross into Bangladesh on Monday, killing dozens of people including children, "
        "witnesses and a rights group said. Three witnesses told Reuters the attack on the "
        "outskirts of Maungdaw town lasted about an hour and that bodies were left lying in the mud "
        "along the shore. One man, who said his pregnant wife and two-year-old daughter were "
        "killed, blamed the Arakan Army, an ethnic armed group that has been fighting Myanmar's "
        "military for control of Rakhine state. The Arakan Army denied responsibility and accused "
        "the junta and Rohingya armed groups of trying to discredit it. Reuters could not "
        "independently verify the death toll, which estimates put at between 50 and 200. Several "
        "boats carrying people fleeing the fighting also sank in the Naf on the same day, "
        "Bangladeshi officials said. Bangladesh, which hosts about a million Rohingya in camps in "
        "Cox's Bazar, says it cannot take in any more refugees, and its border guards have pushed "
        "back boats in recent weeks. Aid workers in Teknaf said some survivors who did reach "
        "Bangladesh had shrapnel wounds and were being treated in the camps' clinics, quietly, for "
        "fear that they would be sent back.",
        "E V D",
        "drone strike on people fleeing",
    ),
    (
        "Five Rohingya killed as armed groups fight for control of Ukhiya camps",
        "Five Rohingya men were killed and at least ten people injured in a gunfight between two "
        "armed groups inside a refugee camp in Ukhiya, Cox's Bazar, early on Friday, police said. "
        "The fighting broke out before dawn in Camp 8W between members of the Arakan Rohingya "
        "Salvation Army (ARSA) and the Rohingya Solidarity Organisation (RSO), which have been "
        "battling for control of the camps and the drug trade that runs through them, according to "
        "officers of the Armed Police Battalion (APBn). Residents said the gunmen exchanged fire for "
        "more than an hour between the bamboo shelters, and several homes were set alight. 'The "
        "children were inside when the bullets came through the walls,' said a woman whose "
        "neighbour was among the dead, asking not to be named for fear of reprisals. The APBn said "
        "it had recovered two firearms and arrested three suspects after the clash. At least 60 "
        "Rohingya have been killed in violence inside the camps this year, according to police "
        "figures, among them community leaders and volunteers who worked with aid agencies. "
        "Refugees have repeatedly asked for more protection at night, when armed men move freely "
        "between the blocks. A spokesperson for the UN refugee agency in Dhaka said it was deeply "
        "concerned by the rising insecurity in the camps, which house nearly a million people who "
        "fled Myanmar.",
        "B V",
        "armed clash in refugee camp",
    ),
    (
        "More than 30,000 flee Colombia's Catatumbo as ELN turns on FARC dissidents",
        "More than 30,000 people have fled their homes in Colombia's Catatumbo region near the "
        "Venezuelan border since the ELN guerrilla launched an offensive against a rival dissident "
        "faction of the former FARC last week, authorities said on Monday. At least 80 people have "
        "been killed, among them community leaders and a couple and their baby son shot dead in "
        "their car, according to the Norte de Santander governor's office. Families arrived in the "
        "city of Cúcuta by bus and on the backs of trucks, and sports halls and a stadium were "
        "turned into shelters. 'They came with lists of names, going from farm to farm,' said a "
        "farmer from Tibú who fled with his wife and five children. Others crossed into Venezuela, "
        "where authorities in Zulia state said they were receiving displaced Colombians. President "
        "Gustavo Petro suspended peace talks with the ELN, accusing it of war crimes, and declared "
        "a state of internal commotion for the region. The army said it had sent 5,000 troops to "
        "Catatumbo and airlifted dozens of residents out of remote villages. The ombudsman's office "
        "warned that food and medicine were running short in Tibú, where the fighting has cut the "
        "roads.",
        "B V M D H",
        "guerrilla offensive and mass displacement",
    ),
    (
        "Thousands of Venezuelans cross into Colombia fleeing clashes between army and rebels in Apure",
        "Nearly 3,000 Venezuelans have crossed the Arauca river into Colombia since Sunday, fleeing "
        "clashes between Venezuela's armed forces and Colombian rebel dissidents in the border state "
        "of Apure, Colombian officials said on Wednesday. The arrivals, most of them from La "
        "Victoria, a town of small farms and cattle ranches facing the Colombian town of Arauquita, "
        "said they had heard bombing from aircraft and that soldiers had searched homes and taken "
        "men away. Venezuela's defence minister said two soldiers had been killed and that troops "
        "had destroyed camps and seized weapons in an operation to clear the area of 'irregular "
        "armed groups'. The rights group Provea said it had received reports of four farmers killed "
        "by soldiers in their homes and accused the military of abuses against civilians. In "
        "Arauquita, the local government set up shelters in a school, a coliseum and a church, and "
        "asked Bogotá for tents, food and blankets. 'People crossed with whatever they could carry, "
        "some with their cows,' the town's mayor told Reuters. Colombia's migration agency said "
        "most of those who crossed had no documents and that it would register them so they could "
        "receive aid. The border region is a hub for drug trafficking and for the ELN and "
        "dissidents of the FARC.",
        "B E M V D H",
        "military operation and flight across the border",
    ),
    (
        "At Medyka crossing, families fleeing Kharkiv describe nights in basements under shelling",
        "The queue of cars at the Medyka crossing stretched back more than 30km into Ukraine on "
        "Monday, and thousands more people crossed into Poland on foot, dragging suitcases and "
        "carrying small children through sleet. Many had travelled for two or three days from "
        "cities in the east, where Russian forces have shelled residential areas since the invasion "
        "began on Thursday. 'We slept in the basement for four nights, and every night the "
        "explosions came closer,' said Olena, 41, a pharmacist from Kharkiv who arrived with her "
        "teenage son and her mother. Her husband, like other men aged 18 to 60, was not allowed to "
        "leave the country. Polish border guards said more than 280,000 people had crossed from "
        "Ukraine since the start of the war, and the UN said more than 500,000 had fled to "
        "neighbouring countries in total. Volunteers handed out soup, Sim cards and nappies from "
        "tents on the Polish side, and a line of private cars waited to take people on to "
        "Przemyśl and Kraków. Some people of African and Indian origin, many of them students, said "
        "they had been pushed off trains and made to wait longer at the border on the Ukrainian "
        "side. Poland's interior ministry said anyone fleeing the war would be let in, with or "
        "without a passport.",
        "E D H",
        "refugee flight from invasion",
    ),
    (
        "Ukraine orders families with children to leave Pokrovsk as Russian troops close in",
        "Ukrainian authorities ordered families with children to leave Pokrovsk and nearby villages "
        "on Monday, as Russian forces advanced to within about 10km of the eastern logistics hub. "
        "The head of the Donetsk regional military administration said the city was being shelled "
        "every day and that there was less and less time to get out. About 53,000 people still "
        "live in Pokrovsk, which had a population of 60,000 before Russia's full-scale invasion. "
        "Volunteers and police drove evacuees in armoured minibuses to the railway station in "
        "Pavlohrad, where a special train left for Lviv each evening. 'We stayed through "
        "everything, but now the glass falls out of the windows every night,' said Svitlana, 67, "
        "who left with her grandson. Ukraine's army said its troops had repelled 28 Russian assaults "
        "on the Pokrovsk axis over the past day, and acknowledged it had withdrawn from two "
        "villages to avoid being encircled. Local officials said the city's last hospital would "
        "stop admitting patients by the end of the week. Since the start of the war, more than 3.5 "
        "million Ukrainians have been internally displaced, according to the International "
        "Organization for Migration, and millions more have sought refuge abroad.",
        "B E D H",
        "evacuation ahead of an offensive",
    ),
    (
        "Polish forces fire water cannon and tear gas at migrants at Belarus border",
        "Polish border guards and police fired water cannon and tear gas at migrants throwing stones "
        "on the Belarusian side of the Kuźnica crossing on Tuesday, in the most serious "
        "confrontation so far in a weeks-long standoff on the European Union's eastern border. "
        "Poland's defence ministry published video showing young men hurling rocks and logs over "
        "the razor-wire fence, and said a police officer had suffered a suspected fractured skull. "
        "Several migrants were treated for the effects of tear gas, a Belarusian border official "
        "said. Polish officials accused Belarusian forces of handing the migrants stun grenades and "
        "of directing the crowd towards the fence, which Minsk denied. Some 2,000 people, many of "
        "them Iraqi Kurds, have been camped in freezing temperatures near the crossing for more than "
        "a week. The EU accuses Belarusian leader Alexander Lukashenko of flying in migrants from "
        "the Middle East and pushing them towards the border in revenge for sanctions, which he "
        "denies. At least eight people have died in the forests along the border since the summer, "
        "according to aid groups. Later on Tuesday, Belarusian authorities moved hundreds of the "
        "migrants into a logistics warehouse nearby, where they were given food and blankets.",
        "U",
        "border confrontation",
    ),
]
