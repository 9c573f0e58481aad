"""dev36 excerpts: Asia and the Pacific."""

from figset import F

F(
    "Bangladesh says it cannot take more Rohingya",
    "DHAKA - [[More than 60,000 Rohingya|displaced;a=Bangladesh's foreign adviser]] have crossed into Bangladesh in the {{past two months}} to escape fighting in Rakhine state, Bangladesh's foreign adviser said on Thursday, adding that the country could not take in any more. "
    "On Sunday a fire swept through one of the camps in Cox's Bazar, destroying [[about 2,000 shelters|housing;a=a Bangladeshi official]] and leaving [[some 12,000 people|displaced;a=a Bangladeshi official]] homeless, a Bangladeshi official said.",
)

F(
    "Myanmar quake toll",
    "The death toll from the {{magnitude 7.7}} earthquake in central Myanmar has risen to [[3,564|killed;a=the military government]], the military government said on Saturday, with [[5,012 people|injured;a=the military government]] injured and [[210|missing;a=the military government]] missing.",
)

F(
    "Air strike on Sagaing gathering",
    "Myanmar's military carried out an air strike on a village in Sagaing region where [[about 300 people|civilians;a=a witness and a local resistance group]] had gathered to open a local office of the opposition, killing [[at least 100|killed;a=a witness and a local resistance group]], a witness and a local resistance group said.",
)

F(
    "Myanmar displacement tops 3.5 million",
    "UNHCR says [[more than 3.5 million people|displaced;a=UNHCR]] are now internally displaced in Myanmar, including [[about 1.5 million|displaced;a=UNHCR]] in Sagaing region alone. "
    "[[About 1.3 million Myanmar refugees|displaced]] live in neighbouring countries.",
)

F(
    "Afghans forced out of Pakistan and Iran",
    "[[More than 541,000 Afghans|returned;a=the UN]] have returned or been deported from Pakistan since the government began its crackdown on undocumented foreigners in {{October 2023}}, according to the UN. "
    "At the Torkham crossing, [[up to 10,000 people a day|returned]] were arriving in the {{first weeks}}. "
    "Iran deported or pushed back [[about 508,000 Afghans|returned;a=the IOM]] in the month after its {{12-day}} war with Israel, the IOM said, with [[as many as 40,000|returned;a=the IOM]] crossing at Islam Qala on a single day.",
)

F(
    "Herat quakes flatten villages",
    "HERAT, Afghanistan - Two earthquakes of {{magnitude 6.3}} struck Herat province on Saturday, destroying [[20 villages|other;a=a Taliban spokesman]] and killing [[more than 2,000 people|killed;a=a Taliban spokesman]], a Taliban spokesman said. "
    "The UN said [[about 1,900 people|injured;a=The UN]] had been injured and [[1,320 houses|housing;a=The UN]] destroyed.",
)

F(
    "Pakistan floods",
    "ISLAMABAD - Floods have killed [[1,391 people|killed;a=Pakistan's National Disaster Management Authority]] since mid-June and damaged or destroyed [[nearly 1.7 million homes|housing;a=Pakistan's National Disaster Management Authority]], Pakistan's National Disaster Management Authority said. "
    "[[About 7.9 million people|displaced;a=the UN]] have been displaced, and [[598,000|displaced;a=the UN]] are living in relief camps, according to the UN.",
)

F(
    "Convoy attacked in Kurram",
    "PESHAWAR - Gunmen fired on a convoy of passenger vehicles in Kurram district on Thursday, killing [[at least 42 people|killed;a=police]], among them [[six women|killed;a=police]], police said. "
    "The convoy of [[about 200 vehicles|other]] was travelling under police escort.",
)

F(
    "Hijacked train passengers freed",
    "QUETTA, Pakistan - Security forces freed [[339 passengers|kidnapped;a=the army]] held by Baloch separatists on a hijacked train and killed [[30 militants|killed;a=the army]], the army said, adding that [[26 passengers|killed;a=the army]] had been killed by the hijackers.",
)

F(
    "Manipur relief camps",
    "IMPHAL, India - [[More than 58,000 people|displaced;a=the state government]] have fled their homes since ethnic clashes broke out in Manipur in May, and [[about 50,000|displaced;a=the state government]] are living in [[349 relief camps|capacity;a=the state government]], the state government said. "
    "[[At least 175 people|killed]] have been killed.",
)

F(
    "Himachal floods strand tourists",
    "Flash floods and landslides in Himachal Pradesh have killed [[74 people|killed;a=officials]] in the past week, and rescuers have evacuated [[about 2,500 tourists|displaced;a=officials]] stranded in the Kullu valley by helicopter and on foot, officials said.",
)

F(
    "Odisha to evacuate a million before cyclone",
    "BHUBANESWAR, India - Authorities in Odisha plan to evacuate [[about 1 million people|displaced;p;a=the state's chief minister]] from coastal districts before Cyclone Dana makes landfall on Thursday night, with winds of {{up to 120 km/h}}, the state's chief minister said. "
    "[[About 6,000 relief centres|capacity]] have been set up.",
)

F(
    "Floods strand families in eastern Bangladesh",
    "Floods in eastern Bangladesh have stranded [[about 1.2 million families|civilians;a=the disaster management ministry]], and [[470,000 people|displaced;a=the disaster management ministry]] have taken refuge in [[3,400 shelters|capacity;a=the disaster management ministry]], the disaster management ministry said on Sunday.",
)

F(
    "Nepal floods",
    "KATHMANDU - Floods and landslides set off by {{two days}} of heavy rain killed [[at least 170 people|killed;a=the home ministry]] in Nepal, and [[42 others|missing;a=the home ministry]] were missing, the home ministry said on Monday. "
    "Rescuers pulled [[35 bodies|killed]] from buses buried by a landslide on a highway south of Kathmandu.",
)

F(
    "Kristine fills evacuation centres",
    "MANILA - Typhoon Kristine forced [[more than 320,000 people|displaced;a=the disaster agency]] into evacuation centres across Luzon, the disaster agency said, while [[81 people|killed;a=the disaster agency]] were confirmed dead and [[34|missing;a=the disaster agency]] were missing.",
)

F(
    "Army operation in Lanao del Sur",
    "Soldiers killed [[12 Dawlah Islamiyah fighters|killed;a=an army spokesman]] in a {{two-day}} operation in Lanao del Sur, an army spokesman said, while [[about 1,100 families|displaced;a=an army spokesman]] fled the fighting to the town hall and a school in Piagapo.",
)

F(
    "Lewotobi erupts again",
    "FLORES, Indonesia - Mount Lewotobi Laki-laki erupted again on Monday, and authorities evacuated [[about 16,000 people|displaced]] from [[six villages|other]] within a {{7 km}} radius of the crater. "
    "An eruption last week killed [[nine people|killed;a=the disaster agency]] and damaged [[about 2,000 houses|housing;a=the disaster agency]], the disaster agency said.",
)

F(
    "Tibet quake",
    "BEIJING - A {{magnitude 7.1}} earthquake near Dingri in Tibet killed [[118 people|killed;a=Xinhua]] and injured [[194|injured;a=Xinhua]], Xinhua said, and [[46,500 people|displaced;a=Xinhua]] were moved to shelters as temperatures fell to {{minus 16 C}}. "
    "[[More than 3,600 houses|housing]] collapsed.",
)

F(
    "Noto evacuees a week on",
    "[[About 30,000 people|displaced;a=the prefecture]] remained in evacuation shelters in Ishikawa prefecture a week after the New Year's Day earthquake, and [[323|missing;a=the prefecture]] were still unaccounted for, the prefecture said. "
    "[[About 1,500 people|civilians]] in [[24 settlements|other;u=other]] on the Noto peninsula were still cut off by landslides.",
)

F(
    "Yagi toll in Vietnam",
    "HANOI - Typhoon Yagi and the floods that followed killed [[233 people|killed;a=the government]] in northern Vietnam and left [[103|missing;a=the government]] missing, the government said, and [[more than 235,000 houses|housing;a=the government]] were damaged.",
)

F(
    "Border clashes empty Thai villages",
    "[[More than 131,000 people|displaced;a=the health ministry]] have been evacuated from border areas in Thailand, the health ministry said, as clashes with Cambodia entered a {{third day}}. "
    "Cambodian officials said [[37,000 people|displaced;a=Cambodian officials]] had fled villages on their side of the border.",
)

F(
    "Bangladesh protest toll",
    "[[At least 439 people|killed;a=a tally by the newspaper Prothom Alo]] were killed during the weeks of protests that ended Sheikh Hasina's rule, according to a tally by the newspaper Prothom Alo, and [[more than 11,000|arrested;a=a tally by the newspaper Prothom Alo]] were arrested.",
)

F(
    "Enga landslide",
    "PORT MORESBY - Local officials estimate that [[more than 2,000 people|killed;a=Local officials]] were buried by the landslide in Enga province, while the UN migration agency puts the toll at [[about 670|killed;a=the UN migration agency]]. "
    "[[About 7,800 people|displaced;p]] in nearby villages have been told to leave.",
)

F(
    "Hunan evacuates ahead of flood peak",
    "Authorities in Hunan evacuated [[242,000 residents|displaced;a=Xinhua]] ahead of the flood peak, Xinhua reported, and [[1,600 soldiers and police|combatants;n=soldiers and police;a=Xinhua]] were sent to reinforce dykes along Dongting lake.",
)

F(
    "UN tallies civilian casualties in Afghanistan",
    "KABUL - The UN mission in Afghanistan said [[at least 1,095 civilians|killed;a=The UN mission in Afghanistan]] had been killed and [[2,679|injured;a=The UN mission in Afghanistan]] wounded in attacks since the Taliban takeover in {{August 2021}}, most of them by bombs planted by the Islamic State group.",
)

F(
    "Rohingya boat feared lost",
    "A boat carrying [[about 180 Rohingya refugees|displaced;a=UNHCR]] sank in the Andaman Sea, UNHCR said, and the agency fears all on board drowned. "
    "Indonesian fishermen rescued [[75 people|other]] from another boat off Aceh last week.",
)

F(
    "Ditwah toll in Sri Lanka",
    "COLOMBO - Cyclone Ditwah killed [[334 people|killed;a=the Disaster Management Centre]] in Sri Lanka and left [[370|missing;a=the Disaster Management Centre]] missing, the Disaster Management Centre said, and [[1.1 million people|civilians;a=the Disaster Management Centre]] in all [[25 districts|other;a=the Disaster Management Centre]] were affected.",
)

F(
    "Bank of Japan raises rates",
    "TOKYO - Japan's central bank raised its key rate to {{0.5%}} on Friday, the highest since {{2008}}, and the yen rose to {{151 per dollar}}. "
    "The bank's next meeting is on {{March 18-19}}.",
)

F(
    "Hualien quake",
    "The {{7.4}} magnitude quake struck at {{7:58 a.m.}} at a depth of {{15.5 km}}, {{about 18 km}} south of Hualien, Taiwan's weather administration said, and was the strongest to hit the island in {{25 years}}.",
)

F(
    "Arrests after Sambhal clashes",
    "LUCKNOW, India - Police in Uttar Pradesh arrested [[47 people|arrested]] after clashes over a mosque survey in Sambhal left [[four men|killed]] dead, and internet services were suspended for {{24 hours}}.",
)

F(
    "Kunar quake aid",
    "JALALABAD, Afghanistan - The earthquake in eastern Afghanistan killed [[more than 2,200 people|killed;a=the Taliban government]] and destroyed [[about 5,400 houses|housing;a=the Taliban government]] in Kunar province, the Taliban government said. "
    "UNICEF said it had delivered [[1,200 family hygiene kits|aid;a=UNICEF]], [[600 tents|aid;a=UNICEF]] and [[5,000 blankets|aid;a=UNICEF]], and planned to send [[40 more trucks|aid;p;a=UNICEF]] of supplies this week.",
)

F(
    "Myanmar fighting drives civilians out",
    "MAE SOT, Thailand - [[About 3,000 people|displaced;a=Thai officials]] crossed the Moei river into Thailand overnight as Myanmar's army and Karen rebels fought for Myawaddy, Thai officials said, and Thailand says it can shelter [[up to 100,000|capacity;a=Thailand]] if needed. "
    "In the north, fighting around Bhamo has trapped [[some 20,000 civilians|civilians;a=a church-run aid group]] in the town, a church-run aid group said, and [[about 5,000|displaced;a=a church-run aid group]] have fled to monasteries and churches.",
)

F(
    "Philippine quake damage",
    "CEBU, Philippines - The {{magnitude 6.9}} earthquake damaged [[more than 72,000 houses|housing;a=the Office of Civil Defense]] in Cebu province, the Office of Civil Defense said, and [[about 26,000 families|displaced;a=the Office of Civil Defense]] were staying in tents or in the open. "
    "[[At least 72 people|killed]] died.",
)

F(
    "Kyrgyz-Tajik border clashes",
    "BISHKEK - [[More than 136,000 people|displaced;a=Kyrgyzstan's emergency ministry]] have been evacuated from border areas after clashes with Tajikistan, Kyrgyzstan's emergency ministry said, and [[59 Kyrgyz citizens|killed;a=Kyrgyzstan's emergency ministry]] have been killed. "
    "Tajikistan said [[35|killed;a=Tajikistan]] of its citizens had died.",
)

F(
    "Balochistan dam breach",
    "Rain-swollen water broke through a dam near Hub, sweeping away [[dozens of mud houses|housing;a=local officials]] and leaving [[about 4,000 people|displaced;a=local officials]] in the open, local officials said.",
)
