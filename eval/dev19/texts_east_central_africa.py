"""dev19 texts: Sudan; South Sudan; Ethiopia; Somalia, Somaliland; Kenya; Great Lakes: DRC; Burundi, Rwanda, Uganda; Central African Republic.

TEXTS = [(title, marked text[, extra negatives]), ...]
"""

TEXTS = [
    # ---------------------------------------------------------------- Sudan
    (
        "Zamzam camp: RSF assault kills more than 400, UN says",
        "[[More than 400 people|killed;a=the UN human rights office]] were killed in the assault of the Rapid Support Forces on the Zamzam displacement camp and its surroundings, the UN human rights office said, citing verified sources. "
        "IOM said [[between 60,000 and 80,000 households|displaced;a=IOM]] fled the camp in {{three days}}, most of them to Tawila. "
        "Tawila now hosts [[some half a million displaced people|displaced]].",
    ),
    (
        "Gezira: RSF attack on Wad al-Noura kills over 100 villagers",
        "[[More than 100 villagers|killed;a=the Madani Resistance Committee]], among them [[35 children|killed;a=the Madani Resistance Committee]], were killed when RSF fighters attacked Wad al-Noura with heavy weapons, the Madani Resistance Committee said. "
        "Doctors at the Managil hospital said they received [[more than 150 wounded|injured;a=Doctors at the Managil hospital]].",
    ),
    (
        "Sudan: famine confirmed in five areas, IPC committee says",
        "Famine conditions are confirmed in [[five areas|other;u=other;a=the Famine Review Committee]], including the Zamzam, Abu Shouk and Al Salam camps, the Famine Review Committee said. "
        "[[About 24.6 million people|civilians;a=the IPC report]] face high levels of acute food insecurity, [[638,000|civilians;a=the IPC report]] of them in catastrophic conditions, according to the IPC report.",
    ),
    (
        "IOM: nearly 400,000 Sudanese have returned to Gezira, Sennar and Khartoum",
        "[[Nearly 400,000 people|returned;a=IOM]] have returned to their areas of origin in Gezira, Sennar and Khartoum states since the army retook them, IOM said, but [[more than 10 million|displaced;a=IOM]] remain displaced inside Sudan. "
        "[[Over 3.8 million|displaced]] have fled abroad, mostly to Egypt, Chad and South Sudan.",
    ),
    (
        "West Kordofan: drone strike on Al-Nuhud market kills 23",
        "[[At least 23 persons|killed;a=the Sudan Doctors Network]] were killed and [[dozens|injured;a=the Sudan Doctors Network]] injured when a drone struck a crowded market in Al-Nuhud, West Kordofan, the Sudan Doctors Network said. "
        "The network accused the RSF, which did not comment.",
    ),
    (
        "El Fasher: WHO says attack on Saudi hospital killed 70",
        "An attack on the Saudi Teaching Maternal Hospital in El Fasher killed [[70 patients and companions|killed;n=patients and companions;a=WHO Director-General Tedros Adhanom Ghebreyesus;alt=Tedros Adhanom Ghebreyesus]] and injured [[19|injured;a=WHO Director-General Tedros Adhanom Ghebreyesus;alt=Tedros Adhanom Ghebreyesus]], WHO Director-General Tedros Adhanom Ghebreyesus said. "
        "It was the only functional hospital in the city, which has [[about 260,000 residents|civilians]] still inside.",
    ),
    (
        "Aswan: Sudanese refugees begin going home from Egypt",
        "[[Some 150,000 Sudanese|returned;a=the Sudanese consulate in Aswan]] have gone back from Egypt since {{January}}, the Sudanese consulate in Aswan said. "
        "Free trains now carry [[more than 1,000 people a day|returned]] from Cairo to Aswan, from where buses continue to Wadi Halfa.",
    ),
    (
        "Sennar: RSF shelling of Sinja kills 11, medics say",
        "Shelling by the Rapid Support Forces on residential areas of Sinja killed [[11 civilians|killed;a=a medical source at Sinja hospital]] on {{Saturday}}, among them [[four women|killed;a=a medical source at Sinja hospital]], a medical source at Sinja hospital told our correspondent. "
        "[[Around 30|injured]] were brought to the hospital, which is short of blood and anaesthetics.",
    ),
    # ---------------------------------------------------------------- South Sudan
    (
        "Nasir: 27 soldiers killed as White Army overruns garrison",
        "Information Minister Michael Makuei said [[27 soldiers|killed;a=Information Minister Michael Makuei;alt=Michael Makuei]] were killed when fighters of the White Army overran the Nasir garrison, in Upper Nile state. "
        "[[Some 63,000 people|displaced;a=OCHA]] have fled the fighting, [[10,000|displaced;a=OCHA]] of them into Ethiopia's Gambella region, OCHA said.",
    ),
    (
        "Jonglei: cattle raid in Duk County leaves 32 dead",
        "Armed youths from the Greater Pibor Administrative Area raided cattle camps in Duk County, killing [[32 persons|killed;a=Mr Gai Nyok;alt=the Duk County commissioner]] and taking [[about 4,000 heads of cattle|other;a=Mr Gai Nyok;alt=the Duk County commissioner]], the Duk County commissioner, Mr Gai Nyok, said. "
        "He estimated the attackers at [[some 1,500 armed youths|combatants;a=Mr Gai Nyok;alt=the Duk County commissioner]]. "
        "[[Nine children|kidnapped]] were also taken.",
    ),
    (
        "Renk: transit centre holds four times its capacity",
        "[[More than 900,000 people|displaced;a=UNHCR and IOM]] have crossed from Sudan into South Sudan since {{April 2023}}, UNHCR and IOM said, and {{about 70 percent}} of them are South Sudanese. "
        "The transit centre at Renk, designed for [[3,000 people|capacity]], holds [[over 12 000 persons|displaced]] waiting for onward transport.",
    ),
    # ---------------------------------------------------------------- Ethiopia
    (
        "Amhara: drone strike kills at least 30 near Finote Selam",
        "[[At least 30 people|killed;a=residents and a health worker]] were killed when a drone hit a bus station near Finote Selam, in West Gojjam zone, residents and a health worker said. "
        "[[More than 40|injured;a=the health worker;alt=a health worker]] were wounded, the health worker said. "
        "The Ethiopian National Defence Force said separately it killed [[over 300 Fano extremists|killed;a=The Ethiopian National Defence Force]] in operations in Gojjam.",
    ),
    (
        "Oromia: gunmen abduct university students from buses",
        "Gunmen stopped [[three buses|other;a=students who escaped]] carrying students home from Debre Markos University and abducted [[more than 100|kidnapped;a=students who escaped]] of them near Gerba Guracha, in Oromia, students who escaped said. "
        "The Oromia regional government later said security forces had freed [[160 passengers|kidnapped;a=The Oromia regional government]].",
    ),
    (
        "Tigray: first phase of IDP returns to Tselemti completed",
        "[[Some 50,000 displaced persons|returned;a=the Tigray Interim Administration]] have returned to Tselemti district in the {{first phase}}, the Tigray Interim Administration said. "
        "[[Around 3,000|returned;p;a=the administration;alt=the Tigray Interim Administration]] are expected to go back next week, but [[close to one million|displaced;a=the administration;alt=the Tigray Interim Administration]] remain in camps and host communities, the administration added.",
    ),
    (
        "WFP resumes food distribution in Tigray",
        "WFP said it reached [[1.2m people|aid;a=WFP]] in Tigray in {{October}} with [[7,800 tonnes|aid;a=WFP]] of cereals, pulses and oil, after a suspension of {{five months}}. "
        "[[Forty-six trucks|aid]] crossed from Afar on {{Sunday}}.",
    ),
    (
        "Afar-Somali border: clashes over villages kill 21",
        "Clashes between Afar and Somali regional forces over [[three disputed villages|other;a=a local elder]] near Gedamaytu killed [[21 people|killed;a=a local elder]] and wounded [[dozens|injured;a=a local elder]], a local elder said by telephone. "
        "[[Between 7,000 and 8,000 residents|displaced;a=the regional disaster office]] fled, according to the regional disaster office.",
    ),
    # ---------------------------------------------------------------- Somalia, Somaliland
    (
        "Lido beach attack: 32 killed, 63 injured, police say",
        "Police spokesman Abdifatah Aden Hassan said [[32 civilians|killed;a=Police spokesman Abdifatah Aden Hassan;alt=Abdifatah Aden Hassan]] were killed and [[63|injured;a=Police spokesman Abdifatah Aden Hassan;alt=Abdifatah Aden Hassan]] injured when al-Shabaab gunmen and a suicide bomber attacked a beachfront restaurant at Lido beach on {{Friday}} night. "
        "[[One attacker|killed;a=police]] blew himself up, [[three|killed;a=police]] were shot dead and [[one|arrested;a=police]] was captured alive, police said.",
    ),
    (
        "Middle Shabelle: army says over 70 al-Shabaab fighters killed",
        "The Somali National Army said it killed [[more than 70 al-Shabaab fighters|killed;a=The Somali National Army]] in an operation with international partners in Adan Yabaal district. "
        "[[Three soldiers|killed]] died in the fighting, in which [[about 400 clan militia fighters|combatants]] took part alongside the army.",
    ),
    (
        "Cal Miskaad: Puntland says 150 IS fighters killed in mountain offensive",
        "The offensive in the Cal Miskaad mountains has killed [[more than 150 Islamic State fighters|killed;a=Puntland's security minister Mohamed Abdiwahab Aliyow;alt=Mohamed Abdiwahab Aliyow]], Puntland's security minister Mohamed Abdiwahab Aliyow said, and [[around 60|arrested;a=Puntland's security minister Mohamed Abdiwahab Aliyow;alt=Mohamed Abdiwahab Aliyow]] have been captured, many of them foreigners. "
        "[[Some 300 families|displaced]] fled the valleys of Bari region to Bosaso.",
    ),
    (
        "Baidoa: NRC says 1,500 displaced people arrive every week",
        "[[1,200-1,500 people a week|displaced;a=the Norwegian Refugee Council]] are arriving in Baidoa from rural Bay region, fleeing drought and al-Shabaab taxation, the Norwegian Refugee Council said. "
        "The town already has [[more than 540 displacement sites|capacity;a=the council;alt=the Norwegian Refugee Council]], the council said, and [[only 112 latrines|aid;a=the council;alt=the Norwegian Refugee Council]] were built this year.",
    ),
    (
        "Las Anod: over 100,000 flee fighting, UNHCR says",
        "[[Over 100,000 people|displaced;a=UNHCR]] have fled the fighting in Las Anod between Somaliland forces and SSC-Khatumo militias, UNHCR said, and [[some 60,000|displaced;a=UNHCR]] have crossed into Ethiopia's Somali region. "
        "Hospital officials in the town said [[at least 210 people|killed;a=Hospital officials in the town]] have died since {{February}}.",
    ),
    (
        "Mogadishu: car bomb near Ministry of Education kills 21",
        "A car bomb exploded near the Ministry of Education junction in Mogadishu on {{Saturday}} afternoon, killing [[21 people|killed;a=Mohamed Hussein Rooble;alt=a security official]] and injuring [[about 30|injured;a=Mohamed Hussein Rooble;alt=a security official]], according to Mohamed Hussein Rooble, a security official. "
        "The Aamin ambulance service said it had carried [[44 wounded|injured;a=The Aamin ambulance service]] to hospitals.",
    ),
    # ---------------------------------------------------------------- Kenya
    (
        "KNCHR gives toll of protests since 18 June",
        "The Kenya National Commission on Human Rights gave the following figures for the protests against the Finance Bill. "
        "[[39|killed]] killed. "
        "[[361|injured]] injured. "
        "[[32 people|missing]] reported missing, victims of enforced disappearance. "
        "[[627 protesters|arrested]] arrested.",
    ),
    (
        "Mandera: four police officers killed as IED hits vehicle",
        "[[Four police officers|killed;a=North Eastern regional police commander George Seda;alt=George Seda]] were killed and [[three|injured;a=North Eastern regional police commander George Seda;alt=George Seda]] injured when their Land Cruiser hit an improvised explosive device near Elwak, North Eastern regional police commander George Seda said. "
        "The officers were escorting [[two buses|other]] travelling to Mandera town.",
    ),
    (
        "Dadaab: camps built for 90,000 now host 380,000 refugees",
        "[[The three camps|capacity;a=UNHCR]] of Dadaab, built for [[90,000 people|capacity;a=UNHCR]], now host [[more than 380,000 refugees|displaced;a=UNHCR]], most of them Somalis, UNHCR said. "
        "[[Some 16,000 new arrivals|displaced]] are waiting to be registered.",
    ),
    # ---------------------------------------------------------------- Great Lakes: DRC
    (
        "Goma: UN says 2,900 bodies collected after M23 takeover",
        "[[Some 2,900 bodies|killed;a=the UN]] have been collected in the streets and morgues of Goma since the {{M23}} took the city, the UN said, and [[2,000|killed;a=the UN]] of them have already been buried. "
        "[[About 900|killed]] are still in the morgues of the city's hospitals. "
        "During the fall of the city, [[more than 4,000 detainees|other]] escaped from the Munzenze central prison.",
    ),
    (
        "Lubero: ADF attack in Bapere leaves 42 dead, civil society says",
        "The provisional toll of the attack of ADF rebels on villages of the Bapere sector is [[42 dead|killed;a=Samuel Kakule Kagheni;alt=the president of the civil society of Bapere]], according to the president of the civil society of Bapere, Samuel Kakule Kagheni. "
        "[[Dozens of people|kidnapped;a=Samuel Kakule Kagheni;alt=the president of the civil society of Bapere]] were taken hostage by the assailants, he indicated. "
        "[[Over 3,000 households|displaced]] moved toward Manguredjipa.",
    ),
    (
        "Djugu: CODECO militiamen attack displaced site of Plaine Savo",
        "CODECO militiamen attacked the displacement site of Plaine Savo in the night of {{Sunday}} to {{Monday}}, killing [[at least 18 displaced persons|killed;a=the administrator of Djugu territory]], among them [[seven children|killed;a=the administrator of Djugu territory]], indicated the administrator of Djugu territory. "
        "The assailants set fire to [[about 40 huts|housing]] in the neighbouring village. "
        "The site shelters [[some 25,000 people|displaced]].",
    ),
    (
        "M23 orders displaced people out of camps around Goma",
        "The {{M23}} gave displaced people in the camps around Goma {{72 hours}} to leave and return to their villages. "
        "UNHCR said [[about 110,000 people|returned;a=UNHCR]] had already left the camps and that [[some 70 sites|capacity;a=UNHCR]] had been emptied. "
        "Many found their houses destroyed, the agency said. "
        "[[Hundreds of thousands of people|displaced]] had lived in these camps since {{2022}}.",
    ),
    (
        "South Kivu: 40,000 Congolese cross into Burundi in two weeks",
        "[[More than 40,000 Congolese|displaced;a=UNHCR]] have crossed into Burundi since the {{M23}} advanced on Bukavu, UNHCR said, [[9,000|displaced;a=UNHCR]] of them in a single day at Gatumba. "
        "The transit site at Rugombo, with space for [[some 1,000 people|capacity]], received [[over 20 000|displaced]].",
    ),
    (
        "Kwango: Mobondo militiamen kill 13 and burn 22 houses",
        "The governor of Kwango province, Willy Bitwisila, declared that Mobondo militiamen killed [[13 persons|killed;a=Willy Bitwisila;alt=The governor of Kwango province]] and burned [[22 houses|housing;a=Willy Bitwisila;alt=The governor of Kwango province]] in the village of Kinsele, in the Kenge territory. "
        "[[Two soldiers|injured]] were wounded in the exchange of fire that followed.",
    ),
    (
        "SADC mission: 14 soldiers killed in fighting around Goma",
        "The South African National Defence Force said [[nine of its soldiers|killed;a=The South African National Defence Force]] were killed in the fighting with {{M23}} around Goma, and Malawi said [[three|killed;a=Malawi]] of its soldiers died. "
        "[[Some 1,300 SADC troops|combatants]] remain in their bases in Goma and Sake.",
    ),
    (
        "Makala prison: 129 dead in attempted escape, minister says",
        "Interior Minister Jacquemin Shabani said [[129 detainees|killed;a=Interior Minister Jacquemin Shabani;alt=Jacquemin Shabani]] died during the attempted escape from the Makala central prison in Kinshasa, [[24|killed;a=Interior Minister Jacquemin Shabani;alt=Jacquemin Shabani]] of them by warning shots and the others crushed in the stampede. "
        "[[Fifty-nine|injured;a=Interior Minister Jacquemin Shabani;alt=Jacquemin Shabani]] were injured, he said. "
        "The prison, built for [[1,500 inmates|capacity]], held [[more than 12,000|arrested]].",
    ),
    (
        "Kalehe: over 400 bodies recovered after floods, thousands missing",
        "[[More than 400 bodies|killed;a=the provincial government of South Kivu]] have been recovered in Bushushu and Nyamukubi after the floods, the provincial government of South Kivu said, and [[some 2,500 persons|missing;a=the provincial government of South Kivu]] are still missing. "
        "[[Around 1,300 houses|housing]] were swept away.",
    ),
    (
        "Kitchanga: WFP distributes food to displaced families",
        "WFP and its partner distributed food to [[200,000 displaced persons|aid;a=WFP]] in the Kitchanga and Mweso areas, WFP said. "
        "Each family of {{five}} receives a monthly ration of {{50 kg}} of cereals. "
        "[[Thirty trucks|aid]] made the trip from Goma under escort.",
    ),
    # ---------------------------------------------------------------- Burundi, Rwanda, Uganda
    (
        "Burundi: 1,200 refugees return from Nduta camp in Tanzania",
        "[[About 1,200 Burundian refugees|returned;a=UNHCR]] returned this week from the Nduta camp in Tanzania, UNHCR said. "
        "Since {{2017}}, [[more than 220,000|returned;a=the agency;alt=UNHCR]] have been repatriated, the agency said. "
        "Each returnee receives a cash grant of {{$150}}.",
    ),
    (
        "Kirundo: CNL says 30 members arrested in a week",
        "The opposition party CNL said [[at least 30 of its members|arrested;a=The opposition party CNL;alt=CNL]] were arrested in Kirundo province during the past week, accused of holding illegal meetings. "
        "[[Two|killed;a=the party;alt=The opposition party CNL]] were found dead after their arrest, the party said.",
    ),
    (
        "Shujaa operation: UPDF says 11 ADF killed, 24 captives rescued",
        "The UPDF said its troops, in joint operations with the FARDC, killed [[11 ADF rebels|killed;a=The UPDF]] and rescued [[24 captives|kidnapped;a=The UPDF]], among them [[15 children|kidnapped;a=The UPDF]], in Irumu territory. "
        "[[Five rebels|arrested]] were captured with their weapons.",
    ),
    (
        "Nyakabande transit centre receives 1,200 Congolese a day",
        "The Nyakabande transit centre in Kisoro district is receiving [[about 1,200 Congolese a day|displaced;a=the Office of the Prime Minister]], the Office of the Prime Minister said. "
        "The centre, meant for [[2,000|capacity]], hosts [[over 7,000|displaced]], and [[seven buses|other]] leave each morning for the Nakivale settlement.",
    ),
    (
        "Rubavu: 250 former FDLR fighters and their families repatriated",
        "[[Some 250 ex-combatants|returned;a=the Rwanda Demobilisation and Reintegration Commission]] of the FDLR and [[600 dependants|returned;a=the Rwanda Demobilisation and Reintegration Commission]] were repatriated from eastern DRC through the Rubavu border post, the Rwanda Demobilisation and Reintegration Commission said. "
        "They will spend {{three months}} at the Mutobo camp.",
    ),
    # ---------------------------------------------------------------- Central African Republic
    (
        "Ouham-Pendé: 3R rebels kill 12 civilians near Paoua",
        "Elements of the {{3R}} armed group killed [[twelve civilians|killed;a=the prefect of Ouham-Pendé]] in the village of Bétoko, near Paoua, informed the prefect of Ouham-Pendé. "
        "[[About 2,500 persons|displaced]] took refuge in Paoua, where they sleep in [[two churches|capacity]] and the school.",
    ),
    (
        "Haute-Kotto: army and Russian instructors free 40 hostages from UPC",
        "The FACA and their Russian allies freed [[40 hostages|kidnapped;a=the army spokesperson]] held by UPC rebels near Bria, the army spokesperson said. "
        "[[Eight rebels|killed;a=the army spokesperson]] were killed in the operation, he said.",
    ),
]
