"""dev21 texts: Sudan, Chad, South Sudan; DRC, Great Lakes, CAR, Mozambique.

Each F(title, marked text[, extra negatives]) registers one text with eval/figset as this
module is imported (marks: eval/figset/marks.py); build.py imports the modules in order.
"""

from figset import F

# ---------------------------------------------------------------- Sudan, Chad, South Sudan

F(
    "Thousands flee El Fasher fighting toward Tawila, IOM says",
    "Renewed fighting around El Fasher, the capital of Sudan's North Darfur state, forced [[more than 25,000 people|displaced;a=the International Organization for Migration]] from their homes over the weekend, the International Organization for Migration said on Monday. "
    "Most headed for Tawila, about {{60 km}} to the west, where [[some 400 families|displaced;a=aid workers]] were sleeping in the open, aid workers said.",
)

F(
    "Chad's border camps strain as Sudanese arrivals top 600,000",
    "Chad has taken in [[more than 600,000 Sudanese refugees|displaced;a=UNHCR]] since war broke out in Sudan in {{April 2023}}, UNHCR said on Tuesday, alongside [[about 180,000 Chadian returnees|returned;a=UNHCR]]. "
    "[[About 14,000 new arrivals|displaced;a=the agency;alt=UNHCR]] crossed into Ouaddai province in the {{past two weeks}} alone, the agency said. "
    "The transit site at Adré was set up for [[20,000 people|capacity]] but now shelters [[more than 200,000|displaced]].",
)

F(
    "Sudan: Gezira displacement flash update",
    "Clashes in and around Wad Medani have displaced [[an estimated 300,000 people|displaced;a=IOM's Displacement Tracking Matrix]] since {{15 December}}, according to IOM's Displacement Tracking Matrix. "
    "Many had already fled Khartoum once; [[about 86,000|displaced;n=-]] of them were IDPs who had sought refuge in Gezira earlier in the war. "
    "Partners report that [[at least 1,700 households|displaced;a=Partners]] have arrived in Sennar town and are staying in [[24 schools|capacity;a=Partners]] and other public buildings.",
)

F(
    "Sudan war live: Zamzam camp attack",
    "{{11:05 GMT}} – The RSF assault on Zamzam camp has killed [[at least 100 people|killed;a=the UN's humanitarian coordinator for Sudan]], including [[20 children|killed;a=the UN's humanitarian coordinator for Sudan]], the UN's humanitarian coordinator for Sudan says. "
    "{{11:40 GMT}} – IOM says [[between 60,000 and 80,000 households|displaced;a=IOM]] have fled the camp, which was home to [[an estimated 500,000 people|displaced;a=IOM]] before the attack.",
)

F(
    "IOM: Sudan's internally displaced exceed 11.5 million",
    "[[More than 11.5 million people|displaced;a=the International Organization for Migration]] are now internally displaced in Sudan, among them [[2.8 million|displaced;a=the International Organization for Migration]] uprooted by earlier conflicts in Darfur, the International Organization for Migration said on Friday.",
)

F(
    "Renk transit centre overwhelmed as crossings from Sudan surge",
    "[[Nearly 2,000 people a day|displaced;a=UNHCR]] are crossing from Sudan into South Sudan at the Joda border point, UNHCR said, most of them South Sudanese who had lived in Khartoum for years. "
    "The transit centre in Renk, built for [[3,000 people|capacity]], was hosting [[more than 12,000|displaced]] on Sunday. "
    "The World Food Programme said it had given hot meals to [[9,400 people|aid;a=The World Food Programme]] at the border in the {{past week}}.",
)

F(
    "White Nile hosts 1.4 million displaced, governor says",
    "White Nile state is hosting [[about 1.4 million displaced people|displaced;a=Governor Omar al-Khalifa]] in [[172 gathering sites|capacity;a=Governor Omar al-Khalifa]] and with host families, Governor Omar al-Khalifa told reporters in Kosti on Wednesday. "
    "He said the state could receive [[another 40,000|displaced;p;a=Governor Omar al-Khalifa]] before the rains begin in {{June}}.",
)

F(
    "Dam collapse in eastern Sudan sweeps away villages",
    "The collapse of the Arbaat dam after torrential rain killed [[at least 30 people|killed;a=officials in Red Sea state]] and left [[dozens|missing;a=officials in Red Sea state]] missing, officials in Red Sea state said on Monday. "
    "The UN said [[about 20 villages|other;a=The UN]] had been swept away and [[some 50,000 people|displaced;a=The UN]] forced from their homes.",
)

F(
    "Nasir fighting drives South Sudanese into Ethiopia",
    "Clashes between government troops and the White Army in Nasir county have driven [[about 10,000 people|displaced;a=the UN Mission in South Sudan]] across the border into Ethiopia's Gambella region, the UN Mission in South Sudan said. "
    "Local officials said [[tens of thousands|displaced;a=Local officials]] more were hiding in swamps along the Sobat river.",
)

F(
    "Sudanese flee to Egypt in greater numbers",
    "Egypt has received [[about 1.2 million Sudanese|displaced;a=the Egyptian foreign ministry]] since the war began, the Egyptian foreign ministry said, though only [[around 600,000|displaced;a=the Egyptian foreign ministry]] are registered with UNHCR. "
    "At the Arqin crossing, [[about 5,000 people|displaced]] waited on the Sudanese side on Thursday for permits to enter.",
)

F(
    "MSF: Sudanese women arriving in Chad report attacks",
    "Médecins Sans Frontières teams in Adré treated [[143 patients|injured;a=Médecins Sans Frontières]] with gunshot wounds in a single week in {{June}}, the charity said. "
    "Most had fled El Geneina after militias attacked the city's Ardamata district, where [[at least 1,300 people|killed;a=survivors]] were killed, survivors told MSF staff.",
)

F(
    "Kordofan clashes uproot thousands near El Obeid",
    "Fighting on the outskirts of El Obeid has uprooted [[more than 7,000 families|displaced;a=state authorities in North Kordofan]], state authorities in North Kordofan said, and [[at least 11 civilians|killed;a=state authorities in North Kordofan]] were killed by shelling. "
    "The displaced are sheltering in [[18 schools|capacity]] and mosques in the city.",
)

F(
    "WFP reaches Sudan's hungry in Darfur for first time in months",
    "A World Food Programme convoy of [[15 trucks|aid]] carrying [[about 700 tonnes|aid;n=tonnes]] of food reached Kreinik in West Darfur on Saturday. "
    "The agency said the food would feed [[60,000 displaced people|aid;p;a=The agency;alt=World Food Programme]] for {{a month}}, but warned that [[1.7 million people|civilians;a=The agency;alt=World Food Programme]] in Darfur face famine conditions.",
)

F(
    "South Sudan camps absorb flood and war displaced",
    "Flooding along the White Nile has displaced [[more than 379,000 people|displaced;a=OCHA]] across [[22 counties|other;a=OCHA]] in South Sudan, OCHA said, many of them already uprooted by conflict. "
    "In Bentiu, [[about 112,000 people|displaced]] live behind dykes in the former Protection of Civilians site, and [[nearly 40,000 homes|housing]] have been flooded across Unity state.",
)

F(
    "Chad relocates refugees from border to new camps",
    "Chadian authorities and UNHCR relocated [[2,300 refugees|displaced;a=the agency;alt=UNHCR]] from the border at Adré to the new Dougui camp on Monday, the agency said, the largest convoy so far. "
    "The camp has [[6,500 shelters|capacity]] and will eventually host [[up to 50,000 people|capacity;p]].",
)

F(
    "Sudan: returns to Khartoum pick up after army advance",
    "[[More than 400,000 people|returned;a=IOM]] have returned to parts of Khartoum state since the army retook the capital, IOM said on Tuesday, most of them from Gezira and River Nile states. "
    "[[About 12,000|returned;a=IOM]] came back from Egypt by bus through the Argeen crossing, it said.",
)

# ---------------------------------------------------------------- DRC, Great Lakes, CAR, Mozambique

F(
    "Rebel push toward Goma displaces 400,000 since January",
    "The {{M23}} rebels' push toward Goma has forced [[more than 400,000 people|displaced;a=UNHCR]] from their homes and camps since the start of the year, UNHCR said on Tuesday. "
    "[[Some 178,000|displaced;a=the agency;alt=UNHCR]] fled in the {{past two weeks}} alone, the agency said, many of them from sites around Sake that were already sheltering people uprooted by earlier fighting.",
)

F(
    "Goma live: bodies collected, Congolese cross into Rwanda",
    "{{14:20 GMT}} – The Congolese Red Cross says its volunteers have collected [[more than 700 bodies|killed;a=The Congolese Red Cross]] from the streets of Goma since Sunday. "
    "{{15:05 GMT}} – Rwandan authorities say [[1,800 Congolese|displaced;a=Rwandan authorities]] have crossed into Gisenyi since the fighting began and are being housed at [[three transit centres|capacity;a=Rwandan authorities]].",
)

F(
    "Militia attack on Ituri displacement site kills dozens",
    "Militiamen armed with machetes and guns killed [[at least 51 people|killed;a=local officials]] and wounded [[36 others|injured;a=local officials]] in an overnight attack on the Plaine Savo displacement site in Djugu territory, local officials said on Friday. "
    "The site had sheltered [[about 24,000 displaced people|displaced]], most of whom fled toward Bunia after the attack. "
    "The attackers also burned [[dozens of homes|housing]] in a nearby village.",
)

F(
    "NRC names Congo the world's most neglected displacement crisis",
    "Congo now counts [[6.9 million internally displaced people|displaced;a=the Norwegian Refugee Council]], the Norwegian Refugee Council said on Wednesday, naming it the most neglected displacement crisis for the {{second year}} running. "
    "The group said it had handed out [[4,200 shelter kits|aid;a=The group;alt=the Norwegian Refugee Council]] around Goma this year, but that the camps there had only {{one latrine for every 90 people}}.",
)

F(
    "Mambasa: households flee ADF raids",
    "[[More than 3,000 households|displaced;a=civil society leaders in Ituri]] have fled villages in Mambasa territory after a series of ADF raids that killed [[at least 40 civilians|killed;a=civil society leaders in Ituri]] since last Tuesday, civil society leaders in Ituri told Radio Okapi. "
    "The displaced are staying with host families in Biakato and in [[two churches|capacity]].",
)

F(
    "Congolese cross into Burundi after fall of Bukavu",
    "[[About 40,000 Congolese|displaced;a=UNHCR]] have crossed into Burundi since mid-February, UNHCR said, including [[9,000|displaced;a=UNHCR]] in a single day at the Gatumba border post. "
    "Many were ferried across the Rusizi river in canoes, and [[at least five people|killed;a=local officials]] drowned during the crossing, local officials said.",
)

F(
    "Uganda transit centre far over capacity",
    "Uganda's Nyakabande transit centre, designed for [[1,000 people|capacity;a=the Office of the Prime Minister]], housed [[more than 5,600 refugees|displaced;a=the Office of the Prime Minister]] on Friday, according to the Office of the Prime Minister. "
    "[[About 2,500|displaced]] were moved by bus to Nakivale settlement over the weekend.",
)

F(
    "Displaced families head back to Rutshuru as fighting eases",
    "[[About 90,000 displaced people|returned;a=OCHA]] have returned to their villages in Rutshuru territory since a lull in fighting began, OCHA said, but [[more than 300,000|displaced;a=OCHA]] remain in sites around Goma. "
    "Returnees told aid workers that many homes had been looted.",
)

F(
    "Cholera spreads in Goma's crowded camps",
    "Health authorities in North Kivu have recorded [[more than 1,000 cholera cases|other;a=Health authorities in North Kivu]] in the displacement camps around Goma since {{early March}}, and [[14 deaths|killed;a=Health authorities in North Kivu]]. "
    "The camps host [[about 650,000 people|displaced;a=aid agencies]], aid agencies say, many in makeshift shelters of sticks and plastic sheeting.",
)

F(
    "Haut-Mbomou violence sends thousands into Congo",
    "[[About 14,000 people|displaced;a=UNHCR]] from the Central African town of Zemio have crossed the Mbomou river into Congo's Bas-Uele province since {{June}}, UNHCR said on Friday. "
    "[[Another 20,000|displaced;a=UNHCR]] are sheltering near the UN peacekeeping base in Zemio, it said.",
)

F(
    "Central African refugees return from Cameroon under tripartite deal",
    "A convoy carrying [[480 Central African refugees|returned]] left Cameroon's Garoua-Boulaï on Tuesday for Bangui, the {{sixth}} such convoy under the agreement between Cameroon, the Central African Republic and UNHCR. "
    "UNHCR said [[a further 2,000|returned;p;a=UNHCR]] had registered to go home before the end of the year.",
)

F(
    "Cabo Delgado attacks displace 100,000 in two weeks",
    "[[More than 100,000 people|displaced;a=IOM's Displacement Tracking Matrix]] fled their homes in southern Cabo Delgado in the {{two weeks}} to {{June 16}}, including [[61,000 children|displaced;a=IOM's Displacement Tracking Matrix]], according to IOM's Displacement Tracking Matrix. "
    "Most moved toward Ancuabe and Chiúre districts, where [[14 sites|capacity]] were set up in schools and church grounds.",
)

F(
    "Mozambique: 600,000 have returned to Cabo Delgado districts",
    "[[About 600,000 people|returned;a=the provincial government]] have returned to their home districts in Cabo Delgado since the army and Rwandan troops retook Mocímboa da Praia, the provincial government said. "
    "[[Roughly 580,000|displaced;a=the provincial government]] are still displaced, it said, and [[more than 1,500 houses|housing;a=the provincial government]] in Mocímboa are being rebuilt.",
)

F(
    "Cyclone Freddy: tens of thousands in accommodation centres in Zambezia",
    "[[More than 22,000 people|displaced;a=the disaster management agency INGD;alt=INGD]] are sheltering in [[44 accommodation centres|capacity;a=the disaster management agency INGD;alt=INGD]] in Mozambique's Zambezia province after Cyclone Freddy's {{second}} landfall, the disaster management agency INGD said. "
    "[[About 28,000 houses|housing]] were destroyed or damaged and [[at least 10 people|killed]] died in Quelimane.",
)

F(
    "Burundi and Tanzania plan to repatriate 10,000 refugees by December",
    "Burundi, Tanzania and UNHCR plan to repatriate [[about 10,000 Burundian refugees|returned;p;a=Burundi, Tanzania and UNHCR]] from Nduta camp by {{December}} under a deal signed in Dar es Salaam on Thursday. "
    "[[Some 63,000|displaced]] remain in the camp, many of whom say they fear going back.",
)

F(
    "Floods in Uvira kill at least 17",
    "Torrential rain in the eastern Congolese city of Uvira killed [[at least 17 people|killed;a=the mayor]] and left [[about 3,000 homes|housing;a=the mayor]] under water, the mayor said on Monday. "
    "[[Some 12,000 residents|displaced]] are staying in schools and churches, and [[four people|missing]] are still missing.",
)
