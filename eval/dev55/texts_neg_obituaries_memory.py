"""dev55 negatives: obituaries of commanders, politicians and war reporters who died of age or
illness, memorials, anniversaries, missing persons of past wars, and veterans' lives; kinds
history, military, health, protest and crime.
NEGATIVES = [(title, text, kind code), ...]; kind codes from eval/conflictset (KIND_CODES)."""

NEGATIVES = [
    (
        "Obituary: General Viktor Sorokin, who led Soviet troops out of Afghanistan",
        "Viktor Sorokin, a Soviet army general who commanded a motor-rifle division in Afghanistan and oversaw part of the withdrawal across the Amu Darya in February 1989, has died in Moscow at the age of 89, the veterans' association he led said on Tuesday. Born in a village near Smolensk the year before the German invasion, he joined the army at 18 and served in East Germany and the Far East before being sent to Kabul in 1984. He fought in the Panjshir offensives against Ahmad Shah Massoud's fighters and later admitted, in a rare interview, that the war could not have been won and that the army had been sent to solve a problem that was not military. In retirement he campaigned for the return of the remains of Soviet soldiers missing in Afghanistan and travelled there twice to meet former mujahideen commanders. He is survived by his wife and two sons.",
        "history",
    ),
    (
        "Obituary: Harriet Vance, who photographed wars from Vietnam to Beirut",
        "Harriet Vance, one of the first women to work as a combat photographer in Vietnam, died on Sunday at her home in Vermont, her family said. She was 88. Her pictures of Marines under fire at Hue in 1968 and of the shelling of west Beirut in 1982 appeared on magazine covers around the world. She was wounded twice and spent much of her later life teaching young photographers about the cost of bearing witness. Her memoir, published in 1991, was called The Long Exposure.",
        "history",
    ),
    (
        "Obituary: The guerrilla commander who became a senator",
        "Rodrigo Castaño, who spent three decades as a commander of the FARC in Colombia's southern jungles and later took a seat in the Senate under the 2016 peace deal, has died of cancer in Bogota at 71. He led the group's assaults on army bases in the 1990s and was accused by prosecutors of ordering kidnappings. At the peace talks in Havana he became one of its most pragmatic negotiators.",
        "history",
    ),
    (
        "Obituary: The Israeli general who crossed the Suez Canal in 1973",
        "Amos Ben-Dor, who commanded a paratroop brigade that crossed the Suez Canal in the decisive battle of the 1973 Yom Kippur war, has died at 94, the army said. Wounded at the Chinese Farm, he returned to lead his men within days. He later served as military attaché in Washington and in his final years spoke out against judicial reform. Thousands attended his funeral in Jerusalem on Tuesday. He is survived by four children and eleven grandchildren.",
        "history",
    ),
    (
        "Bosnian Serb commander convicted over Srebrenica dies in prison hospital",
        "A former Bosnian Serb army officer serving a life sentence for his role in the Srebrenica genocide has died of a heart condition in a hospital in Germany, where he was imprisoned, the UN tribunal's successor body said. He was convicted in 2017 of organising the transport of thousands of Bosniak men and boys to execution sites in July 1995. Relatives of the victims said they were sorry he died before revealing where many of the bodies were hidden. More than 1,000 victims are still missing.",
        "history",
    ),
    (
        "Obituary: A hunger striker of 1981 who spent his life on peace",
        "Brendan Keane, who joined the republican hunger strike in the Maze prison in 1981 and was on the 46th day of his fast when it was called off, has died in Belfast aged 68. Jailed as a teenager for his part in an IRA bombing that injured two soldiers, he later became a community worker and a quiet backer of the peace process. Unionist politicians did not comment on his death.",
        "history",
    ),
    (
        "Obituary: Martin Hale, the BBC's voice from Sarajevo and Grozny",
        "Martin Hale, whose radio reports from the siege of Sarajevo and the first Chechen war made him one of the best-known voices of the BBC World Service, has died at 79 after a short illness. Colleagues remember him recording dispatches in a basement while shells fell on the city. He was famous for refusing to wear a flak jacket on air and for the understatement of his scripts. In retirement he kept bees in Shropshire. He once said the most important tool of a war reporter was a kettle.",
        "history",
    ),
    (
        "Paris remembers the Bataclan ten years on",
        "Survivors and families gathered outside the Bataclan concert hall on Thursday to read the names of the 130 people killed in the coordinated attacks by Islamic State gunmen and suicide bombers across Paris on 13 November 2015. The president unveiled a memorial garden near the city hall. Many survivors say they still live with the trauma of that night.",
        "history",
    ),
    (
        "Rwanda begins 30 days of mourning for genocide victims",
        "Rwanda's president lit a flame at the Kigali Genocide Memorial on Sunday, opening a month of remembrance for the more than 800,000 people, most of them Tutsi, killed in 100 days in 1994. Foreign dignitaries, including a former US president, attended the ceremony. Survivors gave testimony in a stadium in the evening. The remains of several hundred victims, recently found in mass graves in Huye, are to be reburied during the month. This year's theme is remember, unite, renew.",
        "history",
    ),
    (
        "A memorial rises at the site of the Nova music festival",
        "A permanent memorial was dedicated on Sunday at the site near Re'im where gunmen killed more than 360 people at the Nova music festival on 7 October 2023. Families of the victims planted trees beside wooden posts bearing their photographs. The country's president spoke of a wound that would not close.",
        "history",
    ),
    (
        "At a Lviv rehabilitation centre, wounded soldiers learn to walk again",
        "In the gym of the Unbroken centre, men in their twenties practise climbing stairs on new prosthetic legs while physiotherapists shout encouragement. The centre has fitted more than 2,000 prostheses since it opened and has a waiting list of months. Many of the patients lost limbs to mines and artillery on the eastern front last year. Doctors say the hardest part of rehabilitation comes later, when the men return home and the attention fades. The centre is funded by the city and by donors abroad. A second branch is being built in Dnipro.",
        "health",
    ),
    (
        "For US veterans of Afghanistan, the Taliban's return still stings",
        "Four years after the last American troops left Kabul, a survey of veterans who served in Afghanistan found that two thirds feel the war was not worth fighting, and many say they struggle with the knowledge that interpreters they worked with were left behind. Veterans' groups have spent the years since helping Afghans apply for special visas. Some say the chaotic withdrawal reopened old wounds.",
        "military",
    ),
    (
        "Armenian veterans of the 2020 war rally for disability pensions",
        "Several hundred veterans of the 2020 war with Azerbaijan, some in wheelchairs and some on crutches, held a peaceful rally outside the government building in Yerevan on Tuesday to demand higher disability pensions. They said the payments had not kept up with inflation. A deputy prime minister came out to meet them and promised a review by the end of the year. The rally ended after three hours without incident.",
        "protest",
    ),
    (
        "Kyiv's war museum opens a hall devoted to Mariupol",
        "The National Museum of the History of Ukraine in the Second World War has opened a hall dedicated to the siege of Mariupol in 2022, built around objects carried out by survivors: a child's drawing, a charred door from the drama theatre, a soldier's notebook from the Azovstal steelworks. Curators say they want visitors to understand what the city lost. Entry is free for displaced people from Mariupol.",
        "history",
    ),
    (
        "Hiroshima marks 80 years since the atomic bombing",
        "Tens of thousands of people observed a minute of silence at 8.15am in Hiroshima's Peace Memorial Park on Wednesday, the moment the bomb exploded over the city in 1945. The mayor warned that the world was again leaning on nuclear deterrence and urged leaders to visit the city. The number of surviving hibakusha has fallen below 100,000 for the first time, with an average age above 86. Representatives of more than 120 countries attended.",
        "history",
    ),
    (
        "Ten years after the genocide, the Yazidis of Sinjar remember",
        "Yazidis gathered at the Kocho memorial on Saturday to mark ten years since Islamic State fighters overran Sinjar in August 2014, killing thousands of men and enslaving women and children. Exhumation teams have opened more than 90 mass graves in the district, and families still wait for DNA results. Survivors urged the Iraqi government to rebuild Sinjar's shattered town centre so that more families can return from the camps in Kurdistan. A choir of girls sang traditional laments. Iraq's prime minister sent a minister to the ceremony.",
        "history",
    ),
    (
        "The Good Friday Agreement at 25: a peace that holds, a government that often doesn't",
        "Twenty-five years after the deal that ended three decades of the Troubles, the former prime ministers and negotiators who made it gathered in Belfast on Monday to mark the anniversary. The agreement's central promise, an end to the killing, has largely been kept: fewer than 160 people have died in security-related incidents since 1998, compared with more than 3,500 before. Its other promise, stable shared government, has fared worse. Stormont has been suspended for a third of the time since.",
        "history",
    ),
    (
        "DNA lab in Tuzla names the last of the missing from a Bosnian village",
        "Forensic scientists at the International Commission on Missing Persons' laboratory have identified the remains of the last three men missing from the village of Ahmici, destroyed in April 1993 during the war between Bosnian Croat and Bosniak forces. Families will bury them at the village mosque next month. Nationwide, about 7,500 people who went missing in the Bosnian war are still unaccounted for.",
        "history",
    ),
    (
        "Wagner veterans back home are behind a wave of violent crime, court records show",
        "At least 190 former convicts who were pardoned after fighting in Ukraine with the Wagner group or the army's Storm-Z units have been charged with new crimes back in Russia, including more than 100 killings, according to an independent Russian outlet that combed court records. In one case in the Kirov region, a man pardoned after six months at the front killed an elderly neighbour weeks after returning. Relatives of victims have asked why the pardons were granted. The defence ministry has not commented.",
        "crime",
    ),
    (
        "Remembrance in Srebrenica's shadow: a new archive of survivors' voices",
        "The Srebrenica Memorial Centre has launched an online archive of 300 recorded interviews with survivors and relatives of the men and boys killed in July 1995. Historians at the centre spent four years collecting the testimony, some from survivors now living in the United States and Australia.",
        "history",
    ),
]
