"""dev13 texts: follow-ups, all fronts.

TEXTS = [(title, marked text), ...]; a third item, where present, lists extra negatives.
"""

TEXTS = [
    # ---------------------------------------------------------------- follow-ups, all fronts
    (
        "Kharkiv region: villagers evacuated as Russia opens new front",
        "[[Nearly 10,000 people|displaced;a=the regional governor]] have been evacuated from the Vovchansk area since Russia launched its cross-border offensive on {{May 10}}, the regional governor said. "
        "[[About 200 residents|civilians]] refuse to leave Vovchansk, and [[four volunteers|killed]] were killed when their car was hit by a drone.",
    ),
    (
        "Ukraine: collective centres house displaced from Donetsk region",
        "Dnipropetrovsk region now runs [[412 collective centres|capacity;a=the regional administration]] for displaced people, with room for [[about 18,000|capacity;a=the regional administration]], the regional administration said. "
        "[[More than 350,000 internally displaced people|displaced;a=the regional administration]] are registered in the region, it said.",
    ),
    (
        "Ukraine: winter aid reaches front-line communities",
        "The UN and its partners delivered [[1,200 generators|aid;a=OCHA]] and [[95,000 blankets|aid;a=OCHA]] to front-line communities in {{December}}, OCHA said. "
        "[[About 3.6 million people|civilians;a=OCHA]] living within {{20 km}} of the front line need assistance, it said.",
    ),
    (
        "Zaporizhzhia: shelling damages homes in Orikhiv",
        "Russian shelling of Orikhiv overnight damaged [[27 homes|housing;a=local authorities]] and a school, local authorities said. "
        "[[Fewer than 1,000 residents|civilians;a=local authorities]] remain in the town, which had [[14,000|civilians;a=local authorities]] before the war, according to local authorities.",
    ),
    (
        "Ukraine downs two bombers, loses F-16 pilot",
        "Ukraine's air force said it had shot down [[two Russian bombers|other;a=Ukraine's air force]], both {{Su-34}}s, over the Donetsk region. "
        "In a separate statement, it said [[one of its pilots|killed;a=Ukraine's air force]] was killed when his {{F-16}} crashed while repelling an attack by [[more than 100 drones|other;a=Ukraine's air force]] and missiles.",
    ),
    (
        "Russian strike on Chernihiv kills 17",
        "[[Three Russian missiles|other;a=officials]] hit the centre of Chernihiv on Wednesday, killing [[17 people|killed;a=officials]] and injuring [[61|injured;a=officials]], officials said. "
        "Ukraine had run out of {{Patriot}} interceptors to protect the city, President Volodymyr Zelensky said. "
        "[[Eight multi-storey buildings|housing]] and a hospital were damaged.",
    ),
    (
        "Israel: rockets hit Haifa as Hezbollah expands range",
        "Hezbollah fired [[about 85 projectiles|other;a=the military]] into northern Israel on Sunday morning, the military said, some of them reaching the outskirts of Haifa. "
        "[[Four people|injured]] were hurt and several homes were damaged in Kiryat Bialik. "
        "Schools across the north were ordered shut.",
    ),
    (
        "Gaza: strike on school used as shelter kills dozens",
        "An Israeli strike on the al-Tabi'in school in Gaza City, where displaced families were sheltering, killed [[at least 90 people|killed;a=the Gaza civil defence agency]], the Gaza civil defence agency said. "
        "The Israeli military said it had killed [[19 Hamas and Islamic Jihad militants|killed;a=The Israeli military]] in a command centre inside the school and disputed the toll. "
        "[[About 6,000 people|displaced]] had been staying there.",
    ),
    (
        "Gaza: displaced families flee Khan Younis again after new orders",
        "[[An estimated 250,000 people|displaced;a=the UN humanitarian office]] were told to leave parts of Khan Younis on Monday, the UN humanitarian office said, in the largest evacuation order in months. "
        "[[Around 70 people|killed]] were killed in the strikes that followed.",
    ),
    (
        "Israel: hostage families say 120 still held after a year",
        "[[About 120 hostages|kidnapped;a=the Israeli government]] remain in Gaza a year after the {{October 7}} attack, [[at least 40 of them|killed;n=-;a=the Israeli government]] believed dead, the Israeli government said. "
        "[[Thousands of Israelis|other]] rallied in Tel Aviv on {{Saturday}} evening to demand a deal.",
    ),
    (
        "Israel releases Gaza detainees at Kissufim crossing",
        "Israel released [[42 Palestinian detainees|arrested;a=the Palestinian Red Crescent]] held without charge at the Sde Teiman base, handing them over at the Kissufim crossing, the Palestinian Red Crescent said. "
        "[[Eleven of them|injured;n=-]] were taken to hospital in Deir al-Balah with injuries they said were caused by beatings.",
    ),
    (
        "West Bank: Israeli forces arrest dozens in overnight raids",
        "Israeli forces arrested [[at least 45 Palestinians|arrested;a=the Palestinian Prisoners' Society]] in overnight raids across the West Bank, the Palestinian Prisoners' Society said, bringing the number detained since {{October 7}} to [[more than 10,000|arrested;a=the Palestinian Prisoners' Society]]. "
        "[[About 3,400|arrested]] are held in administrative detention without charge.",
    ),
    (
        "West Bank: demolitions leave Bedouin families homeless",
        "Israeli authorities demolished [[22 structures|housing;a=OCHA]] in the Bedouin community of Umm al-Kheir south of Hebron, OCHA said, [[11 of them|housing;n=-;u=structure;a=OCHA]] homes. "
        "[[Eighty-three people|displaced;a=OCHA]], including [[40 children|displaced;a=OCHA]], were left homeless, it said.",
    ),
    (
        "Jenin: gunmen kill Israeli settlers near Eli",
        "A Palestinian gunman shot dead [[four Israelis|killed;a=Magen David Adom]] at a petrol station near the settlement of Eli, Magen David Adom said, and wounded [[four others|injured;a=Magen David Adom]]. "
        "The next day, [[about 400 settlers|combatants]] rampaged through the Palestinian town of Turmus Ayya.",
    ),
    (
        "Lebanon: Israeli strike hits Syrian refugee camp in Bekaa",
        "An Israeli strike near a camp for Syrian refugees in the Bekaa valley killed [[seven people|killed;a=Lebanon's state news agency]], Lebanon's state news agency said. "
        "[[Around 1.5 million Syrian refugees|displaced;a=the government]] live in Lebanon, according to the government. "
        "[[Some 35,000 tents|capacity;u=other]] in [[about 1,000 informal settlements|capacity;u=other]] house the refugees in the Bekaa.",
    ),
    (
        "Syria: families return to Homs old city ruins",
        "[[About 3,500 families|returned;a=the provincial governor]] have returned to the old city of Homs since rebels left under a deal in {{May 2014}}, the provincial governor said. "
        "[[More than 10,000 homes|housing;a=the provincial governor]] in the area were destroyed or badly damaged, he said.",
    ),
    (
        "Syria: Islamic State attack on Hasakah prison frees inmates",
        "Islamic State fighters attacked the Ghwayran prison in Hasakah, freeing [[dozens of inmates|other]] and taking [[more than 850 boys|kidnapped;a=Save the Children]] held there as shields, Save the Children said. "
        "The Kurdish-led SDF said [[374 IS militants|killed;a=The Kurdish-led SDF]] and [[121 of its fighters|killed;a=The Kurdish-led SDF]] had died in {{10 days}} of fighting. "
        "[[About 45,000 residents|displaced]] fled nearby neighbourhoods.",
    ),
    (
        "Iraq: Camp Speicher massacre suspects executed",
        "Iraq hanged [[36 men|killed;a=the justice ministry]] convicted over the Camp Speicher massacre, the justice ministry said. "
        "Islamic State fighters killed [[about 1,700 air force cadets|killed;a=Human Rights Watch]] after capturing the base near Tikrit in {{June 2014}}, according to Human Rights Watch.",
    ),
    (
        "Iraq: Islamic State militants ambush army patrol in Kirkuk",
        "Islamic State militants ambushed an army patrol south of Kirkuk, killing [[four soldiers|killed;a=security sources]] and wounding [[two|injured;a=security sources]], security sources said. "
        "Iraq says [[fewer than 500 IS fighters|combatants;a=Iraq]] remain active in the country.",
    ),
    (
        "Yemen: Houthis release Saudi-led coalition prisoners in swap",
        "The Houthis freed [[706 prisoners|other;a=the ICRC]], among them [[15 Saudis|other;a=the ICRC]], while the coalition freed [[181|other;a=the ICRC]] in the largest exchange of the war, the ICRC said. "
        "The Red Cross flew the detainees between Sanaa, Aden, Marib and Abha on [[15 flights|other]] over {{three days}}.",
    ),
    (
        "Hodeidah: US strikes on fuel port kill 74, Houthis say",
        "US airstrikes on the Ras Isa fuel port killed [[74 people|killed;a=the Houthi-run health ministry]] and wounded [[171|injured;a=the Houthi-run health ministry]], the Houthi-run health ministry said, most of them port workers. "
        "US Central Command said the strikes were meant to cut the group's fuel imports.",
    ),
    (
        "Yemen: Houthi missile hits Ben Gurion airport perimeter",
        "A ballistic missile fired from Yemen landed near Ben Gurion airport, injuring [[eight people|injured;a=Magen David Adom]], Magen David Adom said. "
        "Israeli warplanes struck the port of Hodeidah the next day, killing [[four|killed;a=Houthi media]], according to Houthi media.",
    ),
    (
        "Red Sea: Houthis say they have attacked 100 ships since November",
        "The Houthis have attacked [[more than 100 merchant ships|other;a=the Armed Conflict Location and Event Data Project]] since {{November 2023}}, sinking [[two|other;u=other;n=-;a=the Armed Conflict Location and Event Data Project]], according to the Armed Conflict Location and Event Data Project. "
        "[[Four seafarers|killed]] have been killed in the attacks.",
    ),
    (
        "Libya: migrants intercepted and returned to Tripoli detention",
        "The Libyan coast guard intercepted [[more than 1,200 migrants|other;a=the IOM]] at sea in a week and returned them to Libya, the IOM said. "
        "[[About 5,000 people|arrested;a=the agency;alt=the IOM]] are being held in official detention centres, the agency said.",
    ),
    (
        "Libya: militia clashes in Zawiya leave five dead",
        "Fighting between rival militias in Zawiya killed [[five people|killed;a=the Red Crescent]], [[two of them|killed;n=-;a=the Red Crescent]] children, the Red Crescent said. "
        "[[Dozens of families|displaced;a=the municipality]] fled the coastal road area, according to the municipality.",
    ),
    (
        "Iran: Israeli strike on Evin prison kills 79",
        "Iran's judiciary said the Israeli strike on Tehran's Evin prison had killed [[79 people|killed;a=Iran's judiciary]], including prisoners, staff and visitors. "
        "The prison held [[about 1,500 inmates|arrested;a=rights groups]] before the strike, rights groups estimate, and [[hundreds|arrested;a=rights groups]] were moved to other jails.",
    ),
    (
        "Iran: Zahedan crackdown on Friday prayer protest",
        "Security forces opened fire on protesters after Friday prayers in Zahedan, killing [[at least 66 people|killed;a=Amnesty International]], Amnesty International said. "
        "[[Sixteen of the dead|killed;n=dead]] were children, the group said.",
    ),
    (
        "Israel says Iranian missile barrage of 180 missiles mostly intercepted",
        "Iran fired [[about 180 ballistic missiles|other;a=the Israeli military]] at Israel on Tuesday evening, the Israeli military said. "
        "[[One man|killed]] was killed in the West Bank city of Jericho by falling debris, and [[two Israelis|injured]] were lightly hurt.",
    ),
    (
        "Pakistan: Kurram road reopens, aid convoy reaches Parachinar",
        "A convoy of [[60 trucks|aid;a=district officials]] carrying food and medicine reached Parachinar after the road was closed for {{three months}}, district officials said. "
        "[[About 120 children|killed;a=local hospitals]] have died for lack of medicine, according to local hospitals.",
    ),
    (
        "Pakistan: militants storm Bannu cantonment",
        "Suicide bombers drove [[two explosives-laden vehicles|other;a=the military]] into the Bannu cantonment, killing [[five soldiers|killed;a=the military]] and [[13 civilians|killed;a=the military]], the military said. "
        "Troops killed [[16 attackers|killed;a=the military]], it said.",
    ),
    (
        "Afghanistan: Taliban lift siege of Panjshir resistance",
        "The Taliban said they had taken control of Panjshir, killed [[about 600 resistance fighters|killed;a=The Taliban]] and captured [[more than 1,000|arrested;a=The Taliban]]. "
        "The National Resistance Front denied the claims.",
    ),
    (
        "Afghanistan: hostages freed in Kabul guesthouse attack",
        "Afghan special forces rescued [[more than 40 hostages|kidnapped;a=the interior ministry]] held in a Kabul guesthouse by [[four gunmen|combatants;a=the interior ministry]], the interior ministry said. "
        "[[Two foreign guests|killed]] and [[one police officer|killed]] died.",
    ),
    (
        "Myanmar: resistance forces free detained villagers",
        "A People's Defence Force unit freed [[23 villagers|kidnapped;a=the resistance group]] held by junta troops in a monastery in Sagaing, the resistance group said. "
        "[[Eleven junta soldiers|arrested;a=the resistance group]] were captured, it said.",
    ),
    (
        "Myanmar: junta strike on camp for displaced kills 29",
        "A junta airstrike and shelling of the Mung Lai Hkyet camp for displaced people near Laiza killed [[29 people|killed;a=the Kachin Independence Army]], [[13 of them|killed;n=-;a=the Kachin Independence Army]] children, the Kachin Independence Army said. "
        "[[About 60|injured]] were wounded and [[over 20 tents|capacity]] were burned in the camp, which housed [[about 400 people|displaced]].",
    ),
    (
        "Myanmar: Rohingya refugees deported from India",
        "Indian authorities deported [[40 Rohingya refugees|returned;a=the UN]] to Myanmar by forcing them into the sea near the border, the UN said. "
        "[[About 22,000 Rohingya|displaced;a=rights groups]] live in India, according to rights groups.",
    ),
    (
        "Kashmir: Indian forces kill three militants in Pulwama gunfight",
        "[[Three militants|killed;a=police]] were killed in a gunfight with security forces in Pulwama, police said, and [[two soldiers|injured;a=police]] were wounded. "
        "Police said [[about 70 militants|combatants;a=Police]] remain active in south Kashmir.",
    ),
    (
        "India-Pakistan: Poonch residents return after ceasefire",
        "[[Thousands of residents|returned]] of Poonch returned home after the ceasefire between India and Pakistan held for a {{third}} day. "
        "Pakistani shelling damaged [[at least 400 houses|housing;a=the district administration]] in the town, the district administration said.",
    ),
    (
        "Kashmir: Uri army base attack kills 17 soldiers",
        "[[Four militants|combatants;a=the army]] stormed an army base in Uri before dawn, killing [[17 soldiers|killed;a=the army]], the army said. "
        "[[All four attackers|killed]] were killed, and [[about 20 soldiers|injured]] were wounded, some seriously.",
    ),
    (
        "Kyiv Independent: Russian drone hits evacuation bus in Kherson",
        "A Russian drone struck a bus evacuating residents from Bilozerka, killing [[one woman|killed;a=the Kherson regional administration]] and injuring [[seven passengers|injured;a=the Kherson regional administration]], the Kherson regional administration said. "
        "[[Some 60,000 people|civilians]] still live in Kherson city, down from [[about 280,000|civilians]] before the invasion.",
    ),
    (
        "Ukraine: soldiers of 3rd Assault Brigade killed after surrender, Kyiv says",
        "Ukraine's prosecutor general said Russian troops had shot [[six soldiers|killed;a=Ukraine's prosecutor general]] of the {{3rd}} Assault Brigade after they surrendered near Pokrovsk. "
        "Kyiv says [[at least 150 Ukrainian prisoners|killed;a=Kyiv]] of war have been executed since {{2022}}.",
    ),
    (
        "Russia: Ukrainian drones force evacuation of Bryansk villages",
        "Russian authorities moved [[about 700 residents|displaced;a=the Bryansk governor]] of [[three border villages|other;a=the Bryansk governor]] after repeated Ukrainian drone strikes, the Bryansk governor said. "
        "[[Two civilians|killed]] were killed in the attacks last week.",
    ),
    (
        "Gaza: newborns die of cold in tent camps",
        "[[Seven infants|killed;a=Gaza's Health Ministry]] have died of hypothermia in tent camps since the start of winter, Gaza's Health Ministry said. "
        "UNRWA said [[about 945,000 people|aid;a=UNRWA]] need winter supplies, but it had delivered [[only 6,000 tarpaulins|aid;a=UNRWA]] in a month.",
    ),
    (
        "Gaza: journalists killed in strike on tent outside Nasser hospital",
        "An Israeli strike on a media tent outside Nasser hospital in Khan Younis killed [[two journalists|killed;a=the Committee to Protect Journalists]] and wounded [[nine|injured;a=the Committee to Protect Journalists]], the Committee to Protect Journalists said. "
        "The group says [[more than 170 journalists and media workers|killed;n=journalists and media workers;a=The group]] have been killed in Gaza since the war began.",
    ),
    (
        "Gaza: 20 killed in crush at aid distribution site",
        "[[Twenty people|killed;a=the Gaza Humanitarian Foundation]] died in a crush at an aid distribution site in Khan Younis, [[19 of them|killed;n=-;a=the Gaza Humanitarian Foundation]] trampled, the Gaza Humanitarian Foundation said. "
        "The foundation runs [[four distribution sites|other;a=The foundation;alt=the Gaza Humanitarian Foundation]] and says it has handed out [[more than 50 million meals|aid;a=The foundation;alt=the Gaza Humanitarian Foundation]].",
    ),
    (
        "Israel: soldiers killed as Hezbollah ambushes troops in south Lebanon",
        "[[Eight Israeli soldiers|killed;a=the Israeli military]] were killed in fighting in southern Lebanon on Wednesday, the Israeli military said, the heaviest loss since ground operations began. "
        "Hezbollah said it had destroyed [[three Merkava tanks|other;a=Hezbollah]].",
    ),
    (
        "Lebanon: Israeli strike on Beirut apartment kills Hamas deputy leader",
        "A drone strike on an apartment in Beirut's Dahiyeh killed Hamas deputy leader Saleh al-Arouri and [[six other people|killed;a=Lebanese security sources]], Lebanese security sources said. "
        "[[Two of the dead|killed;n=dead]] were commanders of the group's armed wing.",
    ),
    (
        "Syria: Israeli strike on Iranian consulate in Damascus",
        "An Israeli strike on Iran's consular building in Damascus killed [[seven members|killed;a=Iran's Revolutionary Guards]] of the Revolutionary Guards, including [[two generals|killed;a=Iran's Revolutionary Guards]], Iran's Revolutionary Guards said. "
        "The Syrian Observatory for Human Rights put the toll at [[16|killed;a=The Syrian Observatory for Human Rights]].",
    ),
    (
        "Syria: Druze fighters and Bedouin clans clash in Sweida",
        "Clashes between Druze fighters and Bedouin clans in Sweida province killed [[more than 1,000 people|killed;a=the Syrian Observatory for Human Rights]] in a week, the Syrian Observatory for Human Rights said. "
        "[[About 128,000 people|displaced;a=the IOM]] were displaced, according to the IOM, and [[1,500 Bedouin families|displaced]] were bussed out of the province.",
    ),
    (
        "Iraq: Iran-backed militias fire rockets at US embassy",
        "[[Seven rockets|other;a=security officials]] were fired at the US embassy compound in Baghdad, security officials said, and [[one|other;u=other;n=-;a=security officials]] hit a dining hall. "
        "[[Three staff members|injured]] were slightly hurt.",
    ),
    (
        "Yemen: Houthis abduct aid workers in Saada",
        "Houthi forces seized [[eight UN staff members|kidnapped;a=the UN]] in Saada province, the UN said, a week after the group took [[seven local employees|kidnapped;a=the UN]] of aid groups.",
    ),
    (
        "Pakistan: militants kill 23 in Musakhel highway attack",
        "Gunmen stopped [[22 vehicles|other;a=a local official]] on a highway in Musakhel district and killed [[23 passengers|killed;a=a local official]] after checking their identity cards, a local official said. "
        "The Baloch Liberation Army said it had killed [[102 soldiers|killed;a=The Baloch Liberation Army]] in coordinated attacks the same night, a claim the army denied.",
    ),
    (
        "Afghanistan: Islamic State attack on Kabul mosque kills worshippers",
        "A suicide bomber blew himself up during Friday prayers at a Shia mosque in Kabul, killing [[at least 21 worshippers|killed;a=a Taliban spokesman]] and wounding [[33|injured;a=a Taliban spokesman]], a Taliban spokesman said. "
        "Islamic State Khorasan claimed the attack.",
    ),
    (
        "Myanmar: Karenni fighters seize town, hundreds of troops surrender",
        "Karenni resistance forces took the town of Mese on the Thai border after [[more than 300 junta soldiers|combatants;a=the Karenni Nationalities Defence Force]] surrendered, the Karenni Nationalities Defence Force said. "
        "[[About 80 of them|arrested;n=-]] are being held as prisoners of war.",
    ),
    (
        "Myanmar: Rakhine hospital strike kills patients",
        "A junta airstrike on the general hospital in Mrauk-U killed [[33 people|killed;a=the Arakan Army]], among them [[10 patients|killed;a=the Arakan Army]], the Arakan Army said. "
        "[[More than 70|injured]] were wounded.",
    ),
    (
        "Kashmir: villagers evacuated from Kupwara border area",
        "Authorities evacuated [[around 300 families|displaced;a=the deputy commissioner]] from villages near the Line of Control in Kupwara after shelling destroyed [[14 houses|housing;a=the deputy commissioner]], the deputy commissioner said. "
        "[[Six relief camps|capacity]] have been set up in government schools.",
    ),
    (
        "Israel: Eilat hit by drone from Yemen, 22 wounded",
        "A drone launched from Yemen hit a hotel area in Eilat, wounding [[22 people|injured;a=Magen David Adom]], [[two of them|injured;n=-;a=Magen David Adom]] seriously, Magen David Adom said. "
        "The Houthis said they had launched [[two drones|other;a=The Houthis]] at the city.",
    ),
    (
        "Gaza: families search for relatives missing after strike on Jabalia block",
        "[[Between 30 and 40 people|missing;a=the civil defence]] are still under the rubble of a residential block in Jabalia hit on Tuesday night, the civil defence said. "
        "Rescuers have recovered [[18 bodies|killed]] so far with their bare hands.",
    ),
    (
        "Ukraine: dozens missing after Russian strike on Ternopil",
        "[[At least 25 people|killed;a=the State Emergency Service]] were killed and [[22|missing;a=the State Emergency Service]] remain missing after Russian missiles hit [[two apartment blocks|housing;a=the State Emergency Service]] in Ternopil, the State Emergency Service said. "
        "Russia fired [[476 drones|other;a=the air force]] and [[48 missiles|other;a=the air force]] across Ukraine that night, the air force said.",
    ),
    (
        "Myanmar: villagers missing after junta raid in Magway",
        "[[Twelve villagers|missing;a=residents]] have been missing since junta troops raided Kyauk Hlay village, residents told Radio Free Asia, and [[between 200 and 300 houses|housing;a=residents]] were burned.",
    ),
    (
        "Red Sea: sailors missing after Houthi attack on bulk carrier",
        "[[Two sailors|missing;a=the ship's operator]] were missing and [[three|injured;a=the ship's operator]] injured after a Houthi drone boat hit the bulk carrier off Hodeidah, the ship's operator said. "
        "[[Nineteen crew members|other]] abandoned ship and were picked up by a passing vessel.",
    ),
]
