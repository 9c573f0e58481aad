"""dev42 excerpts: Africa (Sudan, Chad, South Sudan, the DRC, Ethiopia, Somalia, Nigeria, the
Sahel, Mozambique, Cameroon, the Central African Republic, southern and eastern Africa, Libya).

Marks: [[SPAN|CATEGORY;a=source;alt=...;u=unit;n=noun;p;q=...;v=...]] is a figure, {{SPAN}} a
negative (eval/figset/marks.py)."""

from figset import F

F(
    "Sudan: thousands more flee villages west of El Fasher",
    "IOM's Displacement Tracking Matrix recorded [[about 14,500 people|displaced;a=IOM's Displacement Tracking Matrix]] displaced from villages west of El Fasher between {{12 and 15 May}}. The attacks killed [[at least 23 civilians|killed;a=the Sudan Doctors Network]], the Sudan Doctors Network said. [[An estimated 260,000 people|civilians]] remain in the besieged city.",
)
F(
    "South Sudan: more than a million people have crossed from Sudan",
    "UNHCR and the government have recorded [[more than 1.1 million arrivals|displaced;a=UNHCR and the government]] from Sudan since the war began in {{April 2023}}, {{about 70 per cent}} of them South Sudanese coming home. The Renk transit centre, built for [[3,000 people|capacity;a=IOM]], was hosting [[nearly 11,000|displaced;n=-;a=IOM]] in early March, IOM said.",
)
F(
    "Chad: UNHCR to move refugees away from the border before the rains",
    "UNHCR said [[some 20,000 Sudanese refugees|displaced;a=UNHCR]] crossed into eastern Chad in the {{first}} {{two weeks}} of June, and [[more than 900|injured;a=UNHCR]] of them had gunshot wounds. The agency plans to move [[40,000 people|displaced;p;a=The agency;alt=UNHCR]] from the border to [[three new camps|capacity;p;a=The agency;alt=UNHCR]] before the rains.",
)
F(
    "DR Congo: Goma hospitals overwhelmed as M23 takes the city",
    "Fighting between the {{M23}} and the Congolese army has displaced [[more than 400,000 people|displaced;a=OCHA]] in North Kivu since January, OCHA said on Thursday. Hospitals in Goma have admitted [[over 2,800 wounded|injured;a=the ICRC]] since the city fell, according to the ICRC. Health authorities said [[about 900 bodies|killed;a=Health authorities]] had been collected from the streets.",
)
F(
    "Ethiopia: Shabelle floods affect a quarter of a million people",
    "Flash floods along the Shabelle river have affected [[more than 250,000 people|civilians;a=the regional disaster risk management bureau]] and displaced [[about 72,000|displaced;n=-;a=the regional disaster risk management bureau]], the regional disaster risk management bureau said. [[Twelve people|killed]] have died and [[some 4,500 houses|housing]] were damaged or washed away.",
)
F(
    "Somalia: drought has displaced a million people, agencies say",
    "Drought has displaced [[an estimated 1 million people|displaced;a=UNHCR and the Norwegian Refugee Council]] in Somalia since {{January 2022}}, UNHCR and the Norwegian Refugee Council said on {{10 August}}. Most have moved to [[more than 2,400 sites|capacity]] around Baidoa and Mogadishu, where [[nearly 200,000 children|civilians]] are acutely malnourished.",
)
F(
    "Nigeria: dozens killed in ISWAP attack on Borno town",
    "Suspected ISWAP fighters killed [[at least 37 people|killed;a=the Borno state government]] and burned [[more than 500 houses|housing;a=the Borno state government]] in an overnight attack on Mafa, the Borno state government said. [[About 3,000 residents|displaced;a=an emergency official]] fled to Maiduguri, {{45 km}} away, an emergency official told Reuters.",
)
F(
    "Burkina Faso: more than 5,000 schools closed by insecurity",
    "Insecurity has closed [[5,319 schools|other;a=the education ministry]] in Burkina Faso, leaving [[more than 1 million children|civilians;a=the education ministry]] out of class, the education ministry said. The government registered [[2,062,534 IDPs|displaced;a=The government]] in its last official count, in {{March 2023}}.",
)
F(
    "Mali: WFP reaches Ménaka but tens of thousands cut off",
    "WFP says it has reached [[150,000 people|aid;a=WFP]] in the Ménaka region since June with food and cash, but [[another 90,000|civilians;n=-;a=WFP]] remain out of reach because of insecurity. A convoy of [[32 trucks|aid]] carrying [[600 tonnes|aid]] of food reached Ménaka town on {{3 October}} after being held for {{two weeks}} in Gao.",
)
F(
    "Niger: floods kill hundreds, affect over a million",
    "Seasonal floods have killed [[339 people|killed;a=the interior ministry]], injured [[383|injured;a=the interior ministry]] and affected [[more than 1.1 million people|civilians;a=the interior ministry]] across Niger, the interior ministry said. [[About 16,000 houses|housing]] have collapsed, and [[nearly 400 classrooms|housing]] were destroyed.",
)
F(
    "Mozambique: attacks in Chiúre uproot nearly 100,000",
    "A wave of attacks by armed groups in Chiúre district displaced [[more than 99,000 people|displaced;a=IOM]] in {{two weeks}}, IOM said. Insurgents killed [[at least 12 people|killed]] and burned [[hundreds of houses|housing]] in the attacks.",
)
F(
    "Cameroon: separatists abducted 30 in a month, HRW says",
    "Separatist fighters abducted [[at least 30 people|kidnapped;a=Human Rights Watch]], including [[11 teachers|kidnapped;a=Human Rights Watch]], in the North-West region in January, Human Rights Watch said. [[Eight|kidnapped]] were released after their families paid ransoms.",
)
F(
    "Central African Republic: families go back to Bangassou",
    "[[Some 4,000 displaced families|returned;a=UNHCR]] have gone back to their neighbourhoods in Bangassou since April, UNHCR said, while [[about 12,000 people|displaced;a=UNHCR]] still live at the cathedral site. [[Around 1,500 houses|housing]] burned during the fighting of {{2021}} are being rebuilt.",
)
F(
    "Malawi: Cyclone Freddy toll passes 500",
    "The death toll from Cyclone Freddy in Malawi has risen to [[511|killed;a=the Department of Disaster Management Affairs]], with [[533 people|missing;a=the Department of Disaster Management Affairs]] still missing, the Department of Disaster Management Affairs said. [[More than 563,000 people|displaced]] are sheltering in [[576 camps|capacity]].",
)
F(
    "Libya: Red Crescent says over 11,000 dead in Derna",
    "The Red Crescent said [[at least 11,300 people|killed;a=The Red Crescent]] had died in Derna and [[10,100|missing;a=The Red Crescent]] were still missing after the dams above the city burst. IOM said [[tens of thousands of people|displaced;a=IOM]] had been displaced across north-eastern Libya, many of them staying with relatives in Benghazi and Tobruk.",
)
F(
    "Kenya: long rains leave hundreds dead and 235,000 displaced",
    "Floods and landslides have killed [[238 people|killed;a=the interior ministry]] since March, and [[more than 235,000|displaced;a=the interior ministry]] have been displaced, the interior ministry said. The government has opened [[115 camps|capacity]] and ordered everyone living within {{30 metres}} of a river to leave.",
)
F(
    "Burundi: rising lake drives 100,000 from their homes",
    "Rising waters of Lake Tanganyika have driven [[about 100,000 people|displaced;a=IOM]] from their homes in Burundi, IOM says. In Gatumba, [[some 5,000 households|displaced]] live in sites where aid agencies have built [[120 latrines|aid]] and [[40 water points|aid;u=other]].",
)
F(
    "Zambia: cholera cases pass 15,000",
    "The health ministry has recorded [[more than 15,000 cholera cases|other;a=The health ministry]] and [[over 580 deaths|killed;a=The health ministry]] since {{October 2023}}. The national stadium in Lusaka has been turned into a treatment centre that can take in [[up to 1,000 patients|capacity]].",
)
F(
    "Sudan: response plan seeks $4.2 billion",
    "The humanitarian response plan for Sudan this year targets [[20.9 million people|aid;p;a=OCHA]] out of [[30.4 million|civilians;a=OCHA]] in need and requests {{$4.2 billion}}, OCHA said. By mid-May it was only {{12 per cent}} funded. [[Nearly 640,000 people|civilians]] face catastrophic hunger ({{IPC Phase 5}}).",
)
F(
    "Sudan: cholera spreads in Tawila",
    "MSF said it had treated [[more than 2,300 cholera patients|other;a=MSF]] in Tawila in {{three weeks}}, and that [[40|killed;a=MSF]] had died. [[Some 380,000 people|displaced;a=the Norwegian Refugee Council]] have arrived in the town since April, according to the Norwegian Refugee Council.",
)
F(
    "Sudan: Zamzam attack killed hundreds, UN says",
    "The attack on Zamzam camp by the Rapid Support Forces killed [[more than 400 people|killed;a=the UN]], including [[11 aid workers|killed;a=the UN]], the UN said. IOM estimated that [[up to 400,000 people|displaced;a=IOM]] fled the camp in the days that followed.",
)
F(
    "Sudan: more than a million return to Gezira, Sennar and Khartoum",
    "IOM estimates that [[1.3 million people|returned;a=IOM]] have gone back to their areas of origin since {{November 2024}}, most of them to Gezira, Sennar and Khartoum states. [[About 10 million|displaced]] remain displaced inside the country.",
)
F(
    "South Sudan: Nasir fighting displaces 50,000",
    "Fighting in Nasir county has displaced [[about 50,000 people|displaced;a=OCHA]], including [[10,000|displaced;a=OCHA]] who crossed into Ethiopia's Gambella region, OCHA said. [[Two health workers|killed]] were killed when a clinic in Ulang was looted last month.",
)
F(
    "Somalia: Laascaanood clashes push tens of thousands into Ethiopia",
    "Fighting in Laascaanood has displaced [[between 154,000 and 203,000 people|displaced;a=OCHA]], OCHA said, and [[at least 60,000|displaced;a=OCHA]] have crossed into Ethiopia's Somali region. Hospitals in the town have treated [[more than 600 wounded|injured]].",
)
F(
    "Nigeria: gunmen abduct pupils in Kaduna state",
    "Gunmen abducted [[287 pupils and teachers|kidnapped;a=local officials;n=pupils and teachers]] from a school in Kuriga, Kaduna state, local officials said. The army said it freed [[137|kidnapped;a=The army]] of them {{two weeks}} later.",
)
F(
    "Nigeria: Maiduguri flood displaces 400,000",
    "Flooding after the Alau dam collapsed displaced [[about 414,000 people|displaced;a=the State Emergency Management Agency]] in Maiduguri, the State Emergency Management Agency said, and killed [[at least 37|killed;a=the State Emergency Management Agency]]. The state government opened [[30 camps|capacity]] in schools and public buildings.",
)
F(
    "Burkina Faso: convoy to besieged Djibo attacked",
    "Suspected jihadists attacked a supply convoy of [[150 trucks|aid;a=the army]] bound for Djibo, killing [[at least 37 people|killed;a=the army]], including [[10 soldiers|killed;a=the army]], the army said. The town, under blockade since {{2022}}, is home to [[about 270,000 people|civilians]], most of them displaced.",
)
F(
    "DR Congo: militia attack on Ituri displacement site kills 60",
    "An attack by CODECO militiamen on the Plaine Savo displacement site killed [[at least 60 people|killed;a=MONUSCO]] overnight, MONUSCO said. The site hosted [[about 24,000 IDPs|displaced]], and [[more than 1,300 shelters|housing]] were burned. [[Several dozen|injured]] were taken to hospital in Bunia.",
)
F(
    "DR Congo: mpox cases rise as first vaccines arrive",
    "The health ministry has reported [[more than 14,000 suspected mpox cases|other;a=The health ministry]] and [[511 deaths|killed;a=The health ministry]] this year. WHO said it had delivered [[50,000 vaccine doses|aid;a=WHO]] to Kinshasa, with vaccination to start in the eastern provinces.",
)
F(
    "Madagascar: Cyclone Gamane kills 18",
    "Cyclone Gamane has killed [[18 people|killed;a=the national disaster office]] and displaced [[more than 20,000|displaced;a=the national disaster office]] in northern Madagascar, the national disaster office said on {{30 March}}. [[Four people|missing]] are still missing in Vohemar district.",
)
F(
    "Kenya: Dadaab camps at four times capacity",
    "Dadaab's [[three camps|capacity;a=UNHCR]], built for [[about 90,000 people|capacity;a=UNHCR]], now host [[more than 380,000 refugees|displaced;a=UNHCR]], most of them from Somalia, UNHCR says. After ration cuts, [[about 300,000 refugees|aid]] in the camps receive {{60 per cent}} of a full food basket.",
)
F(
    "Chad: MSF says Adré hospital overwhelmed by wounded",
    "MSF said [[more than 1,000 wounded people|injured;a=MSF]] had arrived at Adré hospital from El Geneina in {{three days}}. [[At least 15,000 refugees|displaced;a=UNHCR]] crossed the border in the same period, according to UNHCR.",
)
F(
    "Libya: 21,000 migrants intercepted and returned last year",
    "IOM said [[more than 21,000 migrants|other;a=IOM]] were intercepted at sea and returned to Libya last year. IOM's Missing Migrants Project recorded [[966 deaths|killed;a=IOM's Missing Migrants Project]] and [[1,452 people|missing;a=IOM's Missing Migrants Project]] missing on the central Mediterranean route.",
)
F(
    "Sudan: famine confirmed in five areas",
    "The Famine Review Committee confirmed famine ({{IPC Phase 5}}) in [[five areas|other;u=other;a=The Famine Review Committee]] of Sudan, including Zamzam and Abu Shouk camps, and projected it in [[five more|other;u=other;n=-;p;a=The Famine Review Committee]] by May. [[About 24.6 million people|civilians]] face acute food insecurity ({{IPC Phase 3}} or worse).",
)
F(
    "Somalia: car bomb kills 20 in Mogadishu",
    "A car bomb at a busy junction in Mogadishu killed [[at least 20 people|killed;a=police]] and wounded [[more than 30|injured;a=police]], police said. The Aamin ambulance service said it had carried [[45 wounded|injured;a=The Aamin ambulance service]] to hospitals.",
)
F(
    "Nigeria: Amnesty says about 100 killed in Benue attack",
    "Gunmen killed [[about 100 people|killed;a=Amnesty International]] in Yelwata, Benue state, in an overnight attack, Amnesty International said. [[More than 3,000 residents|displaced]] fled to Makurdi, and [[dozens of people|injured]] were taken to hospital with gunshot wounds.",
)
F(
    "Niger: gunmen kill 44 worshippers in Tillabéri",
    "Gunmen attacked worshippers at a mosque in Fambita, in the Tillabéri region, killing [[44 civilians|killed;a=the interior ministry]] and wounding [[13|injured;a=the interior ministry]], the interior ministry said. The government declared {{three days}} of national mourning.",
)
F(
    "Mozambique: 600,000 back in Cabo Delgado districts",
    "IOM says [[over 600,000 people|returned;a=IOM]] have returned to their districts of origin in Cabo Delgado since {{2022}}, but [[about 580,000|displaced;a=IOM]] remain displaced. In Mocímboa da Praia, [[some 2,300 houses|housing]] have been repaired with help from the provincial government.",
)
F(
    "Ethiopia: drought kills millions of animals in Borena",
    "The drought in southern Ethiopia has killed [[more than 2.5 million head of livestock|other;a=the Borena zone administration]] and left [[about 800,000 people|civilians;a=the Borena zone administration]] in need of food aid, the Borena zone administration said. Pastoralists have lost {{more than 80 per cent}} of their herds in some districts.",
)
F(
    "Cameroon: floods hit Far North region",
    "Floods in the Far North region have affected [[more than 350,000 people|civilians;a=OCHA]], destroyed [[56,000 houses|housing;a=OCHA]] and killed [[about 30,000 head of livestock|other;a=OCHA]], OCHA said. [[Thirty people|killed]] have died.",
)
F(
    "South Sudan: Malakal site holds nearly four times its capacity",
    "The Malakal protection of civilians site, designed for [[12,000 people|capacity;a=IOM]], now holds [[more than 45,000|displaced;a=IOM]] after [[6,000 new arrivals|displaced;a=IOM]] from Sudan were moved there, IOM said. Cholera has been reported in the site since October.",
)
F(
    "Somalia: AU troops sent to Middle Shabelle",
    "The African Union mission said it had deployed [[4,000 additional troops|combatants;a=The African Union mission]] to Middle Shabelle for the offensive against al-Shabaab. [[About 8,000 families|displaced;a=local officials]] fled the area in {{two months}}, according to local officials.",
)
F(
    "Nigeria: Borno closes more camps in Maiduguri",
    "The Borno state government said it had closed [[nine IDP camps|capacity;a=The Borno state government]] in Maiduguri this year and would close [[the remaining 10|capacity;u=structure;p;a=The Borno state government]] by December. [[More than 140,000 people|returned;a=the government;alt=The Borno state government]] have been resettled in their home towns, according to the government.",
)
F(
    "South Sudan: floods affect 1.4 million",
    "Floods have affected [[more than 1.4 million people|civilians;a=OCHA]] across South Sudan and displaced [[379,000|displaced;a=OCHA]], OCHA said. WFP has airdropped [[1,800 tonnes|aid]] of food to areas of Jonglei cut off by water.",
)
F(
    "Sudan: lawyers report detentions after army retakes Wad Madani",
    "Military intelligence in Gezira detained [[more than 150 people|arrested;a=the Emergency Lawyers group]] accused of collaborating with the RSF after the army retook Wad Madani, the Emergency Lawyers group said. [[At least 26 civilians|killed]] were killed in reprisals on the city's outskirts.",
)
F(
    "Libya: thousands held in detention centres",
    "UNHCR said [[more than 5,000 refugees and migrants|arrested;a=UNHCR;n=refugees and migrants]] were being held in official detention centres in Libya, including [[about 1,200 children|arrested;a=UNHCR]]. Some centres hold [[between 600 and 700 people|arrested]] in a single hangar.",
)
F(
    "DR Congo: peacekeepers deployed to guard Bunia sites",
    "MONUSCO said it had deployed [[about 1,200 peacekeepers|combatants;a=MONUSCO]] to protect [[14 displacement sites|capacity;a=MONUSCO]] around Bunia, home to [[more than 100,000 IDPs|displaced;a=MONUSCO]].",
)
F(
    "Somalia: UN verifies recruitment of over 1,000 children",
    "The UN verified the recruitment and use of [[1,097 children|combatants;a=The UN]] by armed groups in Somalia last year, most of them by al-Shabaab. [[Some 470 children|kidnapped]] were abducted in the same period.",
)
F(
    "Mozambique: Cyclone Chido to make landfall tonight",
    "Cyclone Chido is expected to make landfall north of Pemba at about {{8 p.m.}} on {{14 December}}, with sustained winds of {{up to 200 km/h}} and {{250 mm}} of rain in {{24 hours}}, the national meteorology institute said.",
)
F(
    "Morocco: strong earthquake south-west of Marrakesh",
    "A {{magnitude 6.8}} earthquake struck {{72 km}} south-west of Marrakesh at {{11:11 p.m.}} on {{8 September}}, at a depth of {{18.5 km}}, the US Geological Survey said. It was the strongest in the region in more than {{120 years}}.",
)
F(
    "Nigeria: measles outbreak in Borno camps",
    "The state health ministry has recorded [[more than 4,500 suspected measles cases|other;a=The state health ministry]] and [[62 deaths|killed;a=The state health ministry]] in Borno since January, most of them among children in displacement camps. MSF said it had vaccinated [[about 210,000 children|aid;a=MSF]] aged {{six months to 14 years}} in Maiduguri and Gwoza.",
)
F(
    "Uganda: WHO says Ebola outbreak contained in Kampala",
    "WHO said Uganda had confirmed [[14 Ebola cases|other;a=WHO]], [[four|killed;a=WHO]] of them fatal, and that [[265 contacts|other;a=WHO]] were being followed up. The last patient was discharged after {{21 days}} in isolation.",
)
F(
    "Burkina Faso: hundreds killed in Barsalogho attack",
    "An attack by JNIM fighters on residents digging trenches around Barsalogho killed [[between 200 and 400 people|killed;a=security sources]], security sources told AFP. The group claimed to have killed [[300 militiamen|killed;a=The group;alt=JNIM]]. The government says it has recruited [[more than 50,000 volunteers|combatants;a=The government]] to fight alongside the army since {{2022}}.",
)
