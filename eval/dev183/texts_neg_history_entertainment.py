"""dev183 hard negatives (1 of 3): restorations and anniversaries of past wars, restitution,
a WWII bomb on a dig, and exhibitions, films and books about war and heritage."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Restorers begin rebuilding Palmyra's Arch of Triumph, a decade after its destruction",
        "Syrian and international restorers have begun work to re-erect the Arch of "
        "Triumph at Palmyra, ten years after Islamic State militants blew it up, the "
        "country's antiquities directorate said on Tuesday. The project will use "
        "original stones recovered from the rubble wherever possible, with new blocks "
        "cut from the same quarry to replace pieces too badly shattered to reuse. "
        "Engineers spent months cataloguing more than 700 fragments with laser scans "
        "before the first course was lifted into place by crane this week. The arch, "
        "built in the third century under the emperor Septimius Severus, framed the "
        "colonnaded street that led to the Temple of Bel. Its destruction in 2015 "
        "became one of the defining images of the group's campaign against the "
        "region's heritage. Funding comes from a consortium of European foundations "
        "and a Gulf cultural fund, officials said. Tourism to the site remains modest,"
        " but guides in the modern town said a handful of foreign groups had visited "
        'since the spring. "We are not building a copy, we are putting the arch back '
        "together,\" said the project's lead architect. The work is expected to take "
        "three years.",
        "history",
    ),
    (
        "Al-Nuri mosque and its leaning minaret rise again in Mosul",
        "Mosul's Great Mosque of al-Nuri reopened for Friday prayers this week, eight "
        "years after Islamic State militants blew it up as Iraqi troops closed in on "
        "the Old City. Worshippers filed past the rebuilt al-Hadba minaret, "
        "reconstructed brick by brick with its famous tilt preserved, in a ceremony "
        "attended by Iraq's prime minister and UNESCO's director general. The "
        "reconstruction, financed mostly by the United Arab Emirates, also restored "
        "the nearby Al-Tahera and Al-Saa'a churches, which were gutted during the "
        "group's three-year rule. During the works, engineers found five IS-era "
        "explosive charges hidden in the walls of the prayer hall, which were removed "
        "by bomb disposal teams in 2020. Residents said the return of the minaret to "
        'the skyline mattered more than any statistic. "When I saw it again from the '
        'bridge, I cried," said a taxi driver who grew up in the Old City. Architects '
        "chose to preserve some scarred stones from the ruins in the courtyard. Large "
        "parts of the surrounding neighbourhood are still in ruins, and many families "
        "have yet to return. UNESCO's Revive the Spirit of Mosul programme has "
        "restored more than 120 historic houses.",
        "history",
    ),
    (
        "Aleppo's Umayyad mosque minaret restored after decade of war",
        "The 11th-century minaret of the Umayyad Mosque of Aleppo has been rebuilt and"
        " unveiled, more than ten years after it collapsed during fighting between "
        "government forces and rebels for control of the old city. Stonemasons "
        "numbered and reassembled hundreds of blocks recovered from the courtyard, "
        "where they had lain since 2013, using traditional tools and lime mortar. The "
        "Aga Khan Trust for Culture and Syrian heritage authorities oversaw the work, "
        "which also repaired the mosque's prayer hall and its black-and-white stone "
        "courtyard. Around the mosque, the covered souk that once stretched for some "
        "13 kilometres is slowly reopening, with soap and spice merchants returning to"
        " restored stalls. Traders said business was still slow and electricity "
        'patchy. "Some of my neighbours are in Germany, some in Turkey; I am the only '
        'one who came back to this alley," said a textile merchant. The old city was '
        "divided by front lines from 2012 until government forces retook it in 2016. "
        "The 2023 earthquake caused further cracks to several buildings, including the"
        " citadel. Officials hope the minaret will draw visitors back.",
        "history",
    ),
    (
        "Timbuktu hands ICC reparations to families who guard its mausoleums",
        "The International Criminal Court's victims' fund has completed symbolic "
        "reparations in Timbuktu for the destruction of the city's mausoleums in 2012,"
        " handing a euro coin to each descendant of the saints and financing the "
        "guardian families' upkeep of the sites. In 2016 the court sentenced Ahmad "
        "al-Faqi al-Mahdi, a member of the Ansar Dine group that ruled the city with "
        "al-Qaeda's local branch, to nine years in prison for directing the attack on "
        "the shrines. It was the first case at the ICC to treat the destruction of "
        "cultural heritage as a war crime. The mausoleums, built of mud and straw and "
        "revered by Sufi pilgrims, were rebuilt by local masons with UNESCO's support "
        "in 2015. Imams and family elders attended a ceremony at the Djingareyber "
        'mosque this week. "The coin is not the price of our saints, it is the '
        'acknowledgement that they were wronged," said one family head. Al-Mahdi, who '
        "apologised during his trial, had his sentence reduced and was released in "
        "2022. The ceremony was delayed for more than a year by insecurity on the "
        "roads into the region.",
        "history",
    ),
    (
        "Croats mark 30 years since the shelling of Dubrovnik's old town",
        "Hundreds of people gathered in Dubrovnik on Monday to mark the 30th "
        "anniversary of the heaviest day of shelling of the walled city by the "
        "Yugoslav army, when more than 600 shells struck its old town in 1991. "
        "Veterans, survivors and city officials laid wreaths at the memorial in front "
        "of the Sponza palace, where photographs of the fallen defenders are "
        "displayed. Sirens sounded at the hour the bombardment began, and the Stradun,"
        " the marble-paved main street, fell silent. The siege, which lasted months, "
        "damaged two-thirds of the old town's buildings, burning palaces and "
        "collapsing roofs. Restorers spent more than a decade repairing the damage, "
        "using Venetian-style tiles whose brighter colour still marks the roofs that "
        "were hit. The city's War Photo museum is holding an exhibition of images "
        'taken that day. "People now come for the walls and the television series, and'
        ' they do not know what happened here," said a guide who was 12 at the time. '
        "The Yugoslav People's Army commanders responsible were later convicted in The"
        " Hague. The old town was on UNESCO's list of sites in danger until 1998.",
        "history",
    ),
    (
        "Unexploded WWII bomb found during excavation of Roman baths in Cologne",
        "Archaeologists excavating the remains of Roman baths in Cologne's old town "
        "uncovered a 500-kilogram American aerial bomb from the Second World War, "
        "prompting the evacuation of around 4,000 residents on Thursday, city "
        "officials said. The bomb was lying just above the foundations of a heated "
        "pool that excavators have been exposing since the spring, the city's "
        "archaeological service said. Bomb disposal experts defused the device in the "
        "early afternoon after residents, several hotels and a hospital ward had been "
        "cleared. Cologne was bombed heavily during the war, and unexploded ordnance "
        "is found at building sites several times a year. The excavation, part of "
        "preparations for a new museum of Jewish history, has also revealed medieval "
        'walls and a ritual bath. "You dig through two thousand years of history and '
        'suddenly the twentieth century is lying there," the lead archaeologist said. '
        "The team was allowed back onto the site by evening. Traffic on the Rhine "
        "bridges was briefly disrupted.",
        "history",
    ),
    (
        "Battlefield dig at Waterloo uncovers remains of a soldier and a cannonball",
        "Archaeologists working on the battlefield of Waterloo have found the skeleton"
        " of a young soldier lying next to a cannonball, along with musket balls, "
        "buttons and a spoon, in a field near the farmhouse of Mont-Saint-Jean that "
        "served as a field hospital in 1815. The dig is run by a charity that employs "
        "military veterans as volunteer excavators, many of whom have served in "
        "Afghanistan and Iraq. Researchers said the man's leg bones showed the marks "
        "of amputation, suggesting he died under the surgeon's saw. The farmhouse was "
        "used by the Duke of Wellington's army to treat thousands of wounded soldiers "
        "during and after the battle that ended Napoleon's rule. Finds of human "
        "remains from the battle are rare, because bones were collected in the decades"
        ' after and ground into fertiliser. "This is the closest we have come to the '
        "men who fought here,\" the project's director said. Belgian authorities will "
        "arrange the reburial of the remains. The team plans to return next summer to "
        "explore a possible burial pit.",
        "history",
    ),
    (
        "Benin Bronzes return to Nigeria as Germany transfers ownership",
        "Germany handed over 20 Benin Bronzes to Nigeria in Abuja on Tuesday, the "
        "first physical return under an agreement that transfers ownership of more "
        "than 1,100 objects held in German museums. The brass plaques and ivory "
        "carvings were among thousands of objects looted by British troops during the "
        "punitive expedition against the Kingdom of Benin in 1897, which burned the "
        "royal palace and exiled the king. Many were later sold to museums across "
        "Europe and North America. Germany's foreign minister said the return was \"a "
        "step towards healing wounds\" of colonial history. Nigeria's museums "
        "commission plans to display the objects in a new museum in Benin City "
        "designed by the architect David Adjaye, though the project has been delayed "
        "by a dispute over who should control it. In 2023 a presidential decree "
        "recognised the Oba of Benin as the owner of the returned objects. Some German"
        " curators have voiced concern that not all the pieces will be displayed "
        "publicly. Britain's national museums remain barred by law from returning "
        "objects.",
        "history",
    ),
    (
        "Damascus National Museum reopens to public after the fall of Assad",
        "The National Museum of Damascus reopened its galleries on Wednesday for the "
        "first time since the overthrow of Bashar al-Assad in December, with queues "
        "stretching along the street by mid-morning. Curators said they had counted "
        "and checked every one of the objects in the main galleries after reports that"
        " pieces had gone missing during the chaos of the government's collapse, and "
        "that only a few small items from the classical wing were unaccounted for. The"
        " museum was largely closed during the 13-year civil war, when its most "
        "valuable pieces were hidden in vaults and in undisclosed sites around the "
        "country. Among the returned highlights are the reconstructed synagogue of "
        "Dura-Europos and the funerary busts from Palmyra. Families walked through the"
        " halls with children, some seeing the collection for the first time. The new "
        'authorities\' culture minister said the museum would be "for all Syrians". '
        "Archaeologists from several European countries have since been allowed to "
        "visit the site of Ebla, which was damaged during the fighting.",
        "history",
    ),
    (
        "Taliban open Bamiyan's empty Buddha niches to foreign tourists",
        "The Taliban government is promoting the cliffs of Bamiyan as a tourist "
        "attraction, selling tickets to foreign visitors to see the empty niches where"
        " two giant Buddha statues stood until the movement's fighters dynamited them "
        "in 2001. A ticket costs about $5 for foreigners, and guards walk visitors "
        "along a fenced path at the foot of the cliffs. The smaller statue was 38 "
        "metres tall and the larger 55 metres, and both were carved in the sixth "
        "century. In 2021 officials held a night-time 3D projection of the larger "
        "Buddha in its niche. Afghan officials say about 1,000 foreign tourists "
        "visited the valley last year. Local Hazara residents, many of whom live in "
        "caves in the cliff face, said the visitors brought some money but few jobs. "
        "Heritage experts said the niches, which are fragile and cracked, need further"
        " conservation work. The site was inscribed on UNESCO's World Heritage list in"
        " 2003. The Taliban say they now protect Afghanistan's history, including "
        "Buddhist sites.",
        "history",
    ),
    (
        "Digitised Timbuktu manuscripts go online a decade after their rescue",
        "Thousands of pages from Timbuktu's manuscript libraries, smuggled out of the "
        "city in rice sacks and footlockers when jihadists occupied it in 2012, can "
        "now be read online, under a project led by a Malian nonprofit and Google Arts"
        " and Culture. The collection includes treatises on astronomy, mathematics, "
        "music and Islamic law, some dating back to the 13th century. Most of the "
        "roughly 350,000 manuscripts evacuated to Bamako are still stored there, in "
        "climate-controlled rooms, because of continuing insecurity in the north. "
        "Abdel Kader Haidara, the librarian who organised the evacuation, said "
        'digitising them was "a second rescue". Volunteers photographed the pages over'
        " three years, and translators are now rendering selected texts into English "
        "and French. Scholars say the project challenges the idea that Africa had no "
        "written history before colonialism. The manuscripts were hidden in homes and "
        "courtyards during the occupation before couriers carried them south by road "
        "and river.",
        "history",
    ),
    (
        "Imperial War Museum exhibition tells story of Ukraine's museums in wartime",
        "A new exhibition at the Imperial War Museum in London tells the story of how "
        "Ukrainian curators rescued their collections after Russia's full-scale "
        "invasion, through objects, photographs and voice recordings. Visitors enter "
        "through a reconstructed museum storeroom lined with sandbags and wooden "
        "crates, like the ones staff in Kyiv packed in the first days of the war. "
        "Among the loans are a damaged icon, a charred page from a library in "
        "Chernihiv and a helmet worn by a curator who joined the army. One room shows "
        "footage of volunteers wrapping statues in foil blankets. The exhibition also "
        "includes works by contemporary Ukrainian artists responding to the war. The "
        'curator said it was a story about "the determination to keep culture alive". '
        "Ukraine's ambassador attended the opening on Thursday. The exhibition runs "
        "until next spring and is free to visit, with a programme of talks by "
        "Ukrainian historians and museum workers.",
        "entertainment",
    ),
    (
        "Paris show brings Gaza's rescued antiquities to the public",
        "The Institut du monde arabe in Paris has put on display around 130 "
        "archaeological objects from Gaza that have been stored in Geneva since 2007, "
        "in an exhibition that organisers said was meant to show the territory's "
        '"4,000 years of history". Amphorae, oil lamps, Byzantine mosaics and coins '
        "trace the history of the port city that once stood on the trade route between"
        " Egypt and the Levant. The objects came from a collection assembled by a Gaza"
        " businessman and from French-led excavations, and could never be returned "
        "because of the blockade of the territory. A final room presents photographs "
        "of sites such as the Great Omari mosque and the Pasha's Palace as they were "
        "before the war, alongside satellite imagery compiled by researchers. The "
        'institute\'s president said the show was "a message of hope". Critics of the '
        "exhibition accused it of being political, while its supporters said it was "
        "about heritage. The curators said they hoped the objects would one day go "
        "home to a museum in Gaza. The exhibition runs until November.",
        "entertainment",
    ),
    (
        "Documentary follows the smuggling of Timbuktu's manuscripts to safety",
        "A new documentary premiering at the Berlin film festival follows the "
        "librarians of Timbuktu who smuggled hundreds of thousands of manuscripts out "
        "of their city in 2012, past jihadist checkpoints, on donkey carts and river "
        "boats. The film mixes interviews with the couriers, many of whom are seen on "
        "camera for the first time, with reconstructions filmed in Mali and Senegal. "
        'Its director said she wanted to show "the quiet courage of people who did not'
        ' carry guns". One scene shows a young woman who hid a trunk of manuscripts '
        "under bags of millet as militants searched a bus. The soundtrack features "
        "Malian musicians who were forced into exile when the militants banned music "
        "in the north. The film's producers said they had to stop filming in Timbuktu "
        'itself because of the security situation. A festival jury member called it "a'
        ' thriller about books". Distributors have bought rights for France and the '
        "United States.",
        "entertainment",
    ),
    (
        "Novel imagines the last days of Palmyra's guardian",
        "The Syrian writer Rania Haddad's new novel, set in the summer of 2015, "
        "imagines the last weeks of an old archaeologist who refuses to leave Palmyra "
        "as Islamic State fighters approach the oasis town. Published this month in "
        "Arabic and in an English translation, the book alternates between the present"
        " and the third century, when Queen Zenobia ruled the city and defied Rome. "
        "Haddad said she had drawn on the life of Khaled al-Asaad, the site's former "
        "director, whom the militants executed, but had changed names and invented "
        "most of the characters. Critics have praised the book's slow, almost "
        'archaeological pace and its descriptions of the desert light. "I wanted to '
        'write about someone who loved stones more than he feared men," the author '
        "said in an interview. The novel has been longlisted for the International "
        "Prize for Arabic Fiction. Haddad, who lives in Lyon, said she had not been "
        "able to return to Syria for ten years.",
        "entertainment",
    ),
    (
        "Photographs of Mosul's ruined Old City shown in Erbil",
        "An exhibition of photographs documenting Mosul's Old City in the months after"
        " its recapture from Islamic State opened in Erbil this week, showing "
        "collapsed houses, burnt churches and a child playing beside the stump of the "
        "al-Hadba minaret. The photographer, who grew up in the city, took the "
        "pictures between 2017 and 2019, returning every few weeks to the same "
        "streets. A second room shows the same places today, after reconstruction, and"
        " visitors were invited to write memories of the neighbourhood on cards pinned"
        " to the wall. Many of the people who came to the opening were families from "
        "Mosul who now live in the Kurdistan region. \"My grandmother's house is in "
        'picture number 14," said one young man. The exhibition is supported by a '
        "German foundation and will travel to Baghdad and Basra. The photographer said"
        " he had decided not to show any human remains.",
        "entertainment",
    ),
    (
        "Virtual reality show lets visitors walk through Palmyra before its destruction",
        "A virtual reality exhibition opening at the Grand Palais Immersif in Paris "
        "lets visitors walk through the ancient city of Palmyra as it stood before "
        "Islamic State militants blew up its temples in 2015. Wearing headsets, "
        "visitors can climb the steps of the Temple of Bel, stroll the colonnaded "
        "street and enter the funerary towers, reconstructed from thousands of "
        "photographs taken by archaeologists and tourists before the war. A second "
        "section covers other sites in the region, including the Krak des Chevaliers "
        "and the souk of Aleppo. The project was developed with a French start-up that"
        " specialises in digital heritage and with Syrian archaeologists. The "
        "organisers said young visitors who had only seen the ruins in the news were "
        "particularly moved. Tickets cost 18 euros, and the show runs for four months."
        " Critics have asked whether digital copies risk becoming a substitute for "
        "real restoration.",
        "entertainment",
    ),
]
