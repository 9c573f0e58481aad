"""dev167 positives (2 of 2): the Kramatorsk strike, tolls checked, contested blasts, and debunks
of old or game footage that also report the real current fighting (Gaza, Lebanon, Goma,
India-Pakistan, Catatumbo, the Syrian coast, Amhara, Plateau, Kenya, Ngarbuh, Peshawar, Huwara,
Haiti, the Thai-Cambodian border) (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Kramatorsk station strike: missile debris contradicts Moscow's claim that it "
        "no longer uses the Tochka-U",
        "Russia's defence ministry said on Friday that it had not carried out any "
        "strike on Kramatorsk, and that the Tochka-U missile which hit the city's "
        "railway station could only have been fired by Ukrainian forces, because "
        "Russian troops no longer use the type. Photos taken at the station show the "
        "tail section of a Tochka-U lying on the ground with the words 'for the "
        "children' painted in Russian on its side. Open-source researchers have "
        "documented Russian forces using Tochka-U systems in Ukraine since the start "
        "of the invasion, including in videos shared by Russian state media. Earlier "
        "on Friday, several pro-Russian channels posted that their side had hit a "
        "gathering of Ukrainian troops at the station, then deleted the posts once "
        "reports of civilian deaths emerged. Ukrainian officials said at least 50 "
        "people were killed, including five children, as thousands of people waited "
        "for evacuation trains out of the Donbas. Regional governor Pavlo Kyrylenko "
        "said about 4,000 people had been at the station when it was hit. Photographs "
        "of the scene suggest that cluster submunitions struck the crowd and parked "
        "cars.",
        "E V D",
        "missile strike",
    ),
    (
        "Are Gaza's casualty figures reliable? What researchers who checked the health "
        "ministry's lists found",
        "Since October the Gaza health ministry's casualty count has become one of the "
        "most contested numbers of the war, with Israeli officials saying it is "
        "inflated and President Joe Biden saying last autumn that he had no confidence "
        "in it. The ministry said on Monday that more than 30,000 Palestinians have "
        "been killed in Israel's air and ground offensive, about two-thirds of them "
        "women and children, a breakdown it says is based on the names and ID numbers "
        "of identified bodies in hospital morgues. Researchers who compared past "
        "ministry tolls with later UN figures after the conflicts of 2014 and 2021 "
        "found the differences to be small. An analysis in The Lancet found no "
        "evidence of inflation in the lists of named dead released in October. The "
        "ministry's count does not distinguish between civilians and combatants; "
        "Israel says it has killed about 12,000 fighters, a figure it has not backed "
        "with evidence. The ministry is part of the Hamas-run government, and since "
        "hospitals in northern Gaza stopped functioning it has relied increasingly on "
        "what it calls reliable media sources for part of the total. Air strikes and "
        "ground fighting continued this week in Khan Younis and around Rafah, where "
        "more than a million displaced people are sheltering. The ministry's count "
        "covers only deaths from violence and excludes people who have died of hunger "
        "or disease, or whose bodies remain under rubble; the civil defence says "
        "thousands of people are missing. Aid agencies say food, medicine and fuel "
        "have been allowed into the territory only in limited quantities, and the UN "
        "has warned of imminent famine in the north. We asked Israel's military for "
        "the basis of its estimate of fighters killed and had not received a reply by "
        "the time of publication.",
        "E M D H",
        "war toll",
    ),
    (
        "Gaza hospital blast: what the videos, the crater and the competing claims show",
        "An explosion at the al-Ahli Arab Hospital in Gaza City on Tuesday evening "
        "killed large numbers of people who had been sheltering in its courtyard, but "
        "who was responsible remains disputed. The Gaza health ministry blamed an "
        "Israeli air strike and said 471 people were killed. Israel's military said "
        "the blast was caused by a rocket misfired by Palestinian Islamic Jihad, and "
        "released an audio recording it said was of Hamas operatives discussing the "
        "failure; the group denies firing it. Our analysis of live television footage "
        "shows a projectile rising from inside Gaza, appearing to break up in the air, "
        "and then two explosions, the second near the hospital. Photographs taken the "
        "next morning show a small, shallow crater in the courtyard and burned-out "
        "cars, but none of the structural damage typical of a large air-dropped bomb. "
        "Several independent weapons analysts said this was more consistent with a "
        "rocket or its unspent fuel than with an Israeli munition, though they "
        "cautioned that the evidence was incomplete. US and French intelligence "
        "assessments have since pointed to a misfire, and Human Rights Watch has "
        "called for an independent investigation. The toll has not been independently "
        "established, and several analysts believe it is lower than the figure the "
        "ministry gave.",
        "E H",
        "hospital blast",
    ),
    (
        "Pager explosions in Lebanon: some viral clips are real, others come from old "
        "incidents abroad",
        "Thousands of pagers used by members of Hezbollah exploded almost "
        "simultaneously across Lebanon and parts of Syria on Tuesday afternoon, "
        "killing at least 12 people, including two children, and wounding about 2,800, "
        "according to Lebanon's health minister. A second wave of explosions, "
        "involving handheld radios, hit on Wednesday, including during a funeral for "
        "victims of the first attack. Hezbollah and the Lebanese government blamed "
        "Israel, which has not commented. We checked several of the most widely shared "
        "videos from Tuesday. Security camera footage showing a man's bag exploding at "
        "a fruit stall in a Beirut supermarket is genuine: we matched the shelving and "
        "signs to photographs of the shop, and the same footage was broadcast by "
        "Lebanese channels. But a clip of a phone blowing up in a man's hand in a shop "
        "is from 2020 and was filmed in India, and video of a burning car widely "
        "shared as a pager explosion in Dahiyeh shows a battery fire in Türkiye two "
        "years ago. Hospitals across Lebanon appealed for blood donations as they "
        "treated hundreds of people for wounds to the face, eyes and hands.",
        "E H",
        "device explosions",
    ),
    (
        "M23 in Goma: the old videos passed off as this week's fighting, and what the "
        "real footage shows",
        "Fighters of the Rwanda-backed M23 rebel group entered Goma late on Sunday, "
        "and heavy fighting with Congolese troops and allied militias continued on "
        "Monday around the airport and in the city centre, according to residents and "
        "UN sources. Videos of the fighting have spread quickly on TikTok and "
        "WhatsApp, and not all of them are what they claim to be. A clip captioned as "
        "a Congolese army gunner shooting down a Rwandan helicopter over Goma has been "
        "viewed more than two million times; it is footage from a video game that has "
        "been recycled during several conflicts. Another video, presented as showing "
        "M23 columns entering the city, was filmed in November 2012, when the group "
        "briefly captured Goma for the first time. We did verify footage of people "
        "fleeing along the shore of Lake Kivu towards Gisenyi in Rwanda, which matches "
        "landmarks on the lakeside road, and images of shells landing near the Kituku "
        "neighbourhood. The UN says more than 400,000 people have been displaced by "
        "fighting around Goma since the start of the year, many of them from camps on "
        "the city's outskirts. Hospitals in the city have said they are overwhelmed "
        "with wounded.",
        "B E D H",
        "offensive",
    ),
    (
        "Fact check: video game clips and old images flood social media as India and "
        "Pakistan exchange fire",
        "Since India launched missile strikes on what it called terrorist "
        "infrastructure in Pakistan and Pakistan-administered Kashmir early on "
        "Wednesday, social media in both countries has been flooded with false and "
        "misleading claims. Pakistan says 31 civilians were killed in the strikes and "
        "in shelling along the Line of Control, while Indian officials say at least 12 "
        "people died in Pakistani shelling of Poonch district on the Indian side. A "
        "video shared by several verified accounts as showing a Pakistani jet shooting "
        "down an Indian Rafale is a clip from the combat simulator Arma 3. Footage "
        "said to show Indian strikes on Lahore's airport actually shows the 2020 "
        "explosion at Beirut's port. An image of a crashed jet described as a "
        "Pakistani F-16 downed over Rajasthan is from a training accident in 2016. "
        "Both governments have also been accused of spreading unverified claims, "
        "including reports of attacks on ports that never took place. Residents of "
        "villages near the Line of Control told reporters they had fled to relatives "
        "or to shelters farther from the frontier.",
        "E M D",
        "missile strikes and shelling",
    ),
    (
        "Catatumbo: what is verified and what is not about the fighting between the "
        "ELN and FARC dissidents",
        "The fighting that broke out on 16 January in the Catatumbo region of Norte de "
        "Santander between the ELN guerrilla and fronts of the FARC dissidents has "
        "caused one of the largest displacements Colombia has recorded in decades. The "
        "governor's office and the Ombudsman's Office say more than 50,000 people have "
        "been displaced, many of them to Cúcuta and Ocaña, where sports grounds and "
        "schools have been turned into shelters. The official death toll has changed "
        "several times: authorities first spoke of 80 dead, then revised it to about "
        "40 identified bodies, while community leaders say the real figure is unknown "
        "because many areas cannot be reached. A list of social leaders supposedly "
        "murdered in Catatumbo, circulating on WhatsApp, includes people killed in "
        "other departments in previous years, and at least two people on it are alive. "
        "Videos of armed men in a convoy of pick-up trucks, shared as the ELN "
        "advancing on Tibú, were recorded in Venezuela in 2023. The ELN says it is "
        "fighting the 33rd Front over what it calls attacks against the population, "
        "and residents have described armed men going house to house looking for "
        "signatories of the 2016 peace agreement. President Gustavo Petro has declared "
        "a state of internal commotion and suspended peace talks with the ELN. "
        "Colombiacheck spoke to officials in Ocaña who said they had registered "
        "families arriving on foot and in trucks, some of whom had walked for two "
        "days. A video claiming to show ELN fighters executing a family in front of "
        "their house was recorded in Mexico in 2022 and has been used with false "
        "captions in several countries. The Ombudsman's Office says it warned of the "
        "risk of this fighting in an early alert published in November.",
        "B D V",
        "armed clashes",
    ),
    (
        "Syrian coast killings: Misbar verifies execution videos, finds others "
        "recycled from earlier years",
        "Misbar's team has verified several videos showing the killing of unarmed men "
        "in villages of the Syrian coast since an insurgency by fighters loyal to the "
        "former government broke out on Thursday. In one clip, filmed in the village "
        "of Mukhtariyah in the Latakia countryside, gunmen in mixed uniforms force men "
        "to crawl along a road before shooting them; we matched the buildings and a "
        "minaret to satellite imagery. The Syrian Observatory for Human Rights says "
        "more than 1,000 civilians, most of them Alawites, have been killed in what it "
        "called mass executions by security forces and allied factions, alongside more "
        "than 200 members of the security forces and armed loyalists killed in the "
        "clashes. The interim government said it had sent reinforcements to restore "
        "order and that individual violations would be investigated by a committee. "
        "Not all the material circulating is from this week: a video of bodies in a "
        "courtyard, shared as Baniyas today, first appeared online in 2013, and an "
        "image of a burning village is from Idlib in 2019. Thousands of Alawite "
        "families have sought refuge at the Russian air base at Hmeimim, and others "
        "have crossed into northern Lebanon.",
        "V B D",
        "mass executions",
    ),
    (
        "Drone strike on Amhara market town: residents' photos match the location, "
        "fact-checkers say",
        "Photos and videos of the aftermath of a drone strike on a market in the "
        "Amhara region town of Finote Selam, shared on Facebook on Tuesday, were taken "
        "at the scene, according to an analysis by the fact-checkers of HaqCheck. The "
        "images show overturned stalls, burned minibuses and bodies covered with "
        "sheets on a road beside the bus terminal. The fact-checkers matched the "
        "terminal building, a telecommunications tower and a church dome to "
        "photographs and satellite images of the town. Residents and health workers "
        "said the strike hit the busy area at midday, killing at least 30 people, most "
        "of them civilians. Ethiopia's federal government has been fighting the Fano "
        "militia in Amhara since August last year and has repeatedly used drones in "
        "the region. The government did not respond to a request for comment, and "
        "state media did not report the strike. Some images shared alongside the "
        "genuine ones, including one of a collapsed mosque, were not from Finote Selam "
        "but from the earthquake in Türkiye last year. A state of emergency restricts "
        "reporting in the region, where internet access has been cut for months.",
        "E V",
        "drone strike",
    ),
    (
        "Plateau attacks: toll confirmed by officials, but some images shared online "
        "are from earlier killings",
        "Gunmen attacked at least 17 villages in the Bokkos and Barkin Ladi areas of "
        "Plateau state on Saturday night and into Sunday, killing more than 190 "
        "people, according to local government officials. Survivors told reporters the "
        "attackers came on motorcycles, shooting residents and setting houses on fire "
        "while many were preparing for Christmas. The Nigerian army said troops had "
        "been deployed and some suspects arrested. As news of the attacks spread, "
        "images of a mass burial and of burned-out homes were shared widely on "
        "Facebook and X. We found that two of the most widely shared images were taken "
        "in Plateau state in June 2018, after a similar series of attacks in Barkin "
        "Ladi, and that a photo of a row of coffins is from Zamfara state in 2021. "
        "Other photos, including pictures of the burial in Mushu village on Wednesday, "
        "were taken this week by local journalists and match the church and "
        "schoolhouse visible in earlier images of the village. Amnesty International "
        "Nigeria said the authorities had failed to act on warnings. The state "
        "emergency agency says thousands of displaced people are staying in schools "
        "and churches in Bokkos town.",
        "V D",
        "village raids",
    ),
    (
        "Kenya protests: verified footage shows police firing as crowds breach parliament",
        "Police fired live rounds at protesters in central Nairobi on Tuesday as "
        "demonstrators against a finance bill broke through barricades and entered the "
        "parliament buildings, setting part of the complex on fire. Videos we verified "
        "by matching the parliament gates and the adjoining City Hall show officers "
        "firing towards crowds on Parliament Road and at least one man lying "
        "motionless on the pavement. The Kenya National Commission on Human Rights "
        "said at least 19 people were killed across the country, and that it had "
        "documented abductions of protest organisers by men in plain clothes. Interior "
        "ministry officials said claims that 200 people had been killed in Nairobi "
        "alone were propaganda, and we found no evidence to support that figure. An "
        "image that spread widely as a picture of police shooting protesters in Kisumu "
        "this week was taken during the protests after the 2017 election. President "
        "William Ruto called the events treasonous and deployed the army to support "
        "the police. The next day he said he would not sign the bill.",
        "U",
        "crackdown",
    ),
    (
        "Ngarbuh: army's account unravels as satellite images show burned homes in "
        "North-West village",
        "Cameroon's army has said that the deaths in Ngarbuh, in the North-West "
        "region, were an unfortunate accident, the result of fuel containers exploding "
        "during an exchange of fire with separatist fighters. Satellite images "
        "captured before and after the 14 February attack show a different picture. "
        "Comparing the images, we counted at least 14 structures destroyed in one part "
        "of the village, with burn scars spread across houses that were not next to "
        "each other, a pattern more consistent with deliberate burning than with a "
        "single blast. The UN says 23 civilians were killed, including 15 children and "
        "two pregnant women. Residents told Human Rights Watch that soldiers and armed "
        "Fulani men entered the village before dawn, shot people in their homes and "
        "then set the houses on fire. Photos shared by government supporters to "
        "suggest that separatists had staged the attack were, we found, taken in "
        "Nigeria in 2018. Hundreds of residents have fled Ngarbuh to nearby towns and "
        "into the bush, according to local church groups. The government has announced "
        "a commission of inquiry.",
        "V D",
        "massacre",
    ),
    (
        "Peshawar vaccine hoax: no child harmed by polio drops, but crowd torches health centre",
        "Videos claiming that children in Peshawar had fallen ill after being given "
        "polio vaccine drops set off panic across Khyber Pakhtunkhwa on Monday. "
        "Hundreds of parents took their children to hospitals, and some facilities "
        "were overwhelmed. Provincial health officials said doctors had examined the "
        "children and found that none had suffered any reaction to the vaccine. In one "
        "widely shared video, a man at a school in Mashokhel tells children to lie "
        "down and pretend to faint; police have since arrested him. Hours after the "
        "videos began to spread, a crowd set fire to a basic health unit in Mashokhel "
        "and pelted it with stones, police said. Officers fired tear gas to disperse "
        "the crowd. The government has suspended the vaccination campaign in the "
        "district and said it would prosecute those who spread the hoax. Pakistan is "
        "one of two countries where polio is still endemic.",
        "U",
        "mob arson",
    ),
    (
        "Huwara: verified footage shows settlers setting homes and cars alight after "
        "killing of two Israelis",
        "Videos and photographs from Huwara on Sunday night show dozens of fires "
        "burning in homes, cars and shops along the town's main road, and we have "
        "verified the location of more than a dozen clips. The footage shows groups of "
        "young men, some masked, throwing stones and setting fire to vehicles while "
        "Israeli soldiers stand nearby. The Palestinian health ministry said a "
        "37-year-old man was shot dead in neighbouring Za'tara and about 100 people "
        "were injured, most of them by tear gas. The rampage came hours after a "
        "Palestinian gunman shot dead two Israeli brothers as they drove through "
        "Huwara. Israel's military commander for the region later described the events "
        "as a pogrom. Claims shared by some accounts that Palestinians started the "
        "fires themselves to stage the scene are not supported by any footage we have "
        "seen. Images of a burning building described as the Huwara municipality are "
        "from a separate fire in Nablus last year. Palestinian families described "
        "sheltering on upper floors as their ground-floor rooms burned.",
        "V U",
        "settler attack",
    ),
    (
        "Haiti: fake 'death' of gang leader spreads as gangs storm Port-au-Prince "
        "prisons and thousands flee",
        "A video claiming to show the body of Jimmy 'Barbecue' Chérizier, the former "
        "police officer who leads the G9 gang alliance, circulated widely on WhatsApp "
        "and Facebook this weekend. The video is old and does not show Chérizier: it "
        "shows a different gang member killed in a police operation in Carrefour in "
        "2021, and Chérizier appeared in a new video on Sunday. The rumour spread as "
        "armed gangs launched coordinated attacks on police stations and on the "
        "capital's two main prisons, freeing most of the roughly 4,000 inmates held "
        "there. At least a dozen people, including four police officers, were killed, "
        "according to a police union. The International Organization for Migration "
        "says more than 15,000 people have been forced from their homes in "
        "Port-au-Prince in the past week alone. The government has declared a state of "
        "emergency and a night curfew. Some images shared as pictures of this week's "
        "prison break are from an escape from the Croix-des-Bouquets prison in 2019.",
        "B D",
        "gang offensive",
    ),
    (
        "Thai-Cambodian border fighting: checking the claims, from downed F-16s to a hospital hit",
        "Thai and Cambodian forces fought for a third day on Saturday along their "
        "disputed border, with artillery and rocket fire reported at several points in "
        "Surin, Sisaket and Oddar Meanchey provinces. Thai officials say at least 14 "
        "civilians have been killed by Cambodian rockets, including in a strike near a "
        "petrol station in Sisaket, and Cambodia says several of its civilians have "
        "died in Thai air strikes and shelling. Each side accuses the other of "
        "starting the clashes. We checked a series of widely shared claims. A video "
        "said to show a Thai F-16 being shot down over Preah Vihear is from the video "
        "game Arma 3. A photo of damage at Phanom Dong Rak hospital in Surin is "
        "genuine: Thai authorities evacuated the hospital after it was hit, and we "
        "matched its buildings to earlier images. Cambodian government accounts shared "
        "an image of Thai soldiers supposedly surrendering that was taken during a "
        "joint military exercise in 2019. More than 130,000 people have been evacuated "
        "from border areas in Thailand, and tens of thousands have left villages on "
        "the Cambodian side. The fighting began on Thursday after a landmine blast "
        "wounded Thai soldiers on patrol, and Thailand later sent F-16s to strike "
        "Cambodian military positions. Both governments have restricted journalists' "
        "access to the border. A widely shared image of a child crying in an "
        "evacuation centre is genuine and was taken on Friday in Sisaket, according to "
        "the photographer.",
        "B E M D",
        "border clashes",
    ),
]
